package org.fangpin.warning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.monitoring.RiskType;
import org.fangpin.support.ApiTest;
import org.fangpin.warning.WarningInputs.WarningInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch's hashes, taken in one pass, are those its items and the batch had when each was written on its own: a
 * department resending a batch or an item received before is recognised as before.
 */
class WarningHashTest extends ApiTest {

	@Autowired
	private WarningItems items;

	@Test
	void theHashesOfABatchTakenInOnePassAreThoseOfEachWrittenAlone() {
		List<WarningInput> batch = List.of(
				new WarningInput("HL-1", "110101199003070019", null, List.of(RiskType.ILLNESS), LocalDate.of(2026, 5, 1),
						new WarningFacts(new BigDecimal("12000.50"), null, null, null, null, "住院自付费用高")),
				new WarningInput("HL-2", null, "999901001001010001", List.of(RiskType.INCOME_DROP, RiskType.EDUCATION),
						LocalDate.of(2026, 5, 2), null),
				new WarningInput("HL-3", null, "999901001001010002", List.of(RiskType.DISABILITY), LocalDate.of(2026, 5, 3),
						new WarningFacts(null, 2, LocalDate.of(2026, 4, 1), true, BigDecimal.ONE, null)));

		WarningItems.Contents contents = this.items.contents(batch);

		assertThat(contents.batchHash()).isEqualTo(this.items.hash(batch));
		assertThat(contents.itemHashes()).hasSize(3);
		for (int i = 0; i < batch.size(); i++) {
			assertThat(contents.itemHashes().get(i)).isEqualTo(this.items.hash(batch.get(i)));
		}
		assertThat(this.items.contents(List.of(batch.getFirst())).batchHash()).isEqualTo(this.items.hash(List.of(batch.getFirst())));
	}

}
