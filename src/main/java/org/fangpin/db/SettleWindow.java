package org.fangpin.db;

import java.time.Clock;
import java.time.Duration;

/**
 * 稳定窗口: how far a feed read in id order may go. Ids are time-ordered per instance, not commit-ordered: a
 * transaction that took an id a moment ago may commit after one that took a later id, on this instance or another.
 * A reader that moved its cursor past the later id would never see the earlier row; so a feed serves only ids
 * older than its window, by then committed or rolled back. Each feed has its own window (the departments' is in
 * their contract); the rule is this one.
 */
public final class SettleWindow {

	private final Clock clock;

	private final Duration settle;

	public SettleWindow(Clock clock, Duration settle) {
		this.clock = clock;
		this.settle = settle;
	}

	/**
	 * The first id the feed holds back now: every id below it is served. A zero window holds nothing back (one
	 * instance, as in tests).
	 */
	public long settledBelow() {
		return this.settle.isZero() ? Long.MAX_VALUE : IdGenerator.firstIdAt(this.clock.instant().minus(this.settle));
	}

}
