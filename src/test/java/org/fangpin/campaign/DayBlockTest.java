package org.fangpin.campaign;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day bits of campaign_inspector: a period's blocks hold exactly the bits of its days, across blocks too. */
class DayBlockTest {

	private static final LocalDate START = LocalDate.parse("2026-01-01");

	@Test
	void aPeriodHoldsTheBitsOfItsDaysAndNoOthers() {
		LocalDate from = START.plusDays(60);
		LocalDate to = START.plusDays(130);
		List<DayBlock> period = DayBlock.covering(START, from, to);
		assertThat(period).extracting(DayBlock::block).containsExactly(0, 1, 2);
		for (int n = 0; n < 200; n++) {
			LocalDate day = START.plusDays(n);
			DayBlock bit = DayBlock.of(START, day);
			boolean inside = !day.isBefore(from) && !day.isAfter(to);
			assertThat(period.stream().anyMatch((block) -> block.block() == bit.block() && (block.days() & bit.days()) != 0))
				.as(day.toString())
				.isEqualTo(inside);
		}
	}

	@Test
	void aWholeBlockIsEveryBitBelowTheSignAndAnEmptyPeriodNone() {
		assertThat(DayBlock.covering(START, START, START.plusDays(62))).containsExactly(new DayBlock(0, Long.MAX_VALUE));
		assertThat(DayBlock.of(START, START.plusDays(62))).isEqualTo(new DayBlock(0, 1L << 62));
		assertThat(DayBlock.covering(START, START, START.minusDays(1))).isEmpty();
	}

}
