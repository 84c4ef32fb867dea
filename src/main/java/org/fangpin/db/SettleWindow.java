package org.fangpin.db;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 稳定窗口: how far a feed read in id order (a cursor of ids) may go now. Ids are time-ordered per instance, not
 * commit-ordered: a transaction that took an id a moment ago may commit after one that took a later id, on this
 * instance or another (or in a longer transaction). A reader whose cursor had moved past the later id would never
 * see the earlier row; so a feed serves only ids older than its window, by then committed or rolled back. One
 * mechanism for every such feed (the departments' warning changes and their webhooks, the grids' changes), each
 * with its own window.
 */
@Component
public class SettleWindow {

	private final Clock clock;

	SettleWindow(Clock clock) {
		this.clock = clock;
	}

	/** The last id a feed serves now, holding back the last {@code settle}; null for a zero window (served at once). */
	public @Nullable Long settledUpTo(Duration settle) {
		return settle.isZero() ? null : IdGenerator.lastIdAt(this.clock.instant().minus(settle));
	}

}
