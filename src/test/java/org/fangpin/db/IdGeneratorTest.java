package org.fangpin.db;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdGeneratorTest {

	@Test
	void idsGrowStrictlyEvenWithinOneMillisecondAndBeyondItsSequence() {
		IdGenerator ids = new IdGenerator(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC), 3);
		List<Long> generated = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			generated.add(ids.nextId());
		}
		assertThat(generated).isSorted().doesNotHaveDuplicates();
		assertThat(generated.getFirst()).isPositive();
	}

	@Test
	void laterTimeMeansLargerIdAcrossNodes() {
		long early = new IdGenerator(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), 1023).nextId();
		long late = new IdGenerator(Clock.fixed(Instant.parse("2026-01-01T00:00:00.001Z"), ZoneOffset.UTC), 0).nextId();
		assertThat(late).isGreaterThan(early);
	}

	@Test
	void nodeMustFitTenBits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdGenerator(Clock.systemUTC(), 1024));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdGenerator(Clock.systemUTC(), -1));
	}

}
