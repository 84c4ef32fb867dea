package org.fangpin.warning;

import java.time.Duration;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed serves a change only once it is older than the settle window (feed ids are time-ordered, not
 * commit-ordered: a change committed late under an earlier id must not be passed over by a poller's cursor).
 */
@TestPropertySource(properties = WarningFeedSettleTest.SETTLE)
class WarningFeedSettleTest extends WarningFlows {

	/**
	 * The window of the tests that run with one (the example client's too, so that they share a context): long enough
	 * that a loaded machine reads the feed within it after a push.
	 */
	static final String SETTLE = "fangpin.warnings.feed.settle=20s";

	@Test
	void aChangeIsPolledOnlyOnceTheSettleWindowHasPassed() {
		pushed(item("settling", newHousehold()));
		assertThat(feed(Persona.HEALTH_SYSTEM)).isEmpty();

		this.clock.advance(Duration.ofSeconds(21));

		assertThat(feed(Persona.HEALTH_SYSTEM)).extracting((change) -> change.get("kind")).containsExactly("RECEIVED");
	}

}
