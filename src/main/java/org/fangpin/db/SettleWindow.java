package org.fangpin.db;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 稳定窗口: how far a feed read in id order may go. Ids are time-ordered per instance, not commit-ordered: a
 * transaction that took an id a moment ago may commit after one that took a later id, on this instance or another.
 * A reader that moved its cursor past the later id would never see the earlier row; so a feed serves only ids
 * older than a few seconds, by then committed or rolled back.
 */
@Component
public class SettleWindow {

	private final Clock clock;

	private final Duration settle;

	SettleWindow(Clock clock, @Value("${fangpin.feeds.settle}") Duration settle) {
		this.clock = clock;
		this.settle = settle;
	}

	/** The first id a feed holds back now: every id below it is served. */
	public long settledBelow() {
		return IdGenerator.firstIdAt(this.clock.instant().minus(this.settle));
	}

}
