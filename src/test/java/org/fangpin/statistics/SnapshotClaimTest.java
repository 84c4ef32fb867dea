package org.fangpin.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.fangpin.support.MapperTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances count the dashboard's snapshot one at a time: the claim on the snapshot's row lets one count,
 * holds the others back while it counts and after it has counted, and lets them in once the claim is stale.
 */
class SnapshotClaimTest extends MapperTest {

	private static final Duration HALF_INTERVAL = Duration.ofMinutes(2);

	private static final Duration CLAIM = Duration.ofMinutes(30);

	@Autowired
	private StatisticsMapper figures;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void countedLongAgoAndNobodyCounting() {
		this.jdbc.update("UPDATE figures_snapshot SET as_of = ?, counting_since = NULL WHERE id = 1",
				this.now.minus(Duration.ofHours(1)));
	}

	@Test
	void oneInstanceCountsWhileTheOthersSkipTheirTurn() {
		assertThat(claim(this.now)).as("the first instance's turn").isEqualTo(1);
		assertThat(claim(this.now.plusSeconds(5))).as("another, while the first counts").isZero();
		this.figures.markSnapshot(this.now.plusSeconds(60));
		this.figures.releaseCount();
		assertThat(claim(this.now.plusSeconds(90))).as("another, right after the count").isZero();
		assertThat(claim(this.now.plusSeconds(60).plus(HALF_INTERVAL).plusSeconds(1))).as("the next turn").isEqualTo(1);
	}

	@Test
	void aClaimLeftByAnInstanceStoppedMidCountHoldsTheOthersBackNoLongerThanItsTime() {
		assertThat(claim(this.now)).isEqualTo(1);
		assertThat(claim(this.now.plus(CLAIM).minusSeconds(1))).isZero();
		assertThat(claim(this.now.plus(CLAIM).plusSeconds(1))).isEqualTo(1);
	}

	private int claim(Instant at) {
		return this.figures.claimCount(at, at.minus(HALF_INTERVAL), at.minus(CLAIM));
	}

}
