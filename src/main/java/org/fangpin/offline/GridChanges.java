package org.fangpin.offline;

import java.time.Clock;
import java.time.Duration;

import org.fangpin.db.IdGenerator;
import org.fangpin.db.SettleWindow;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网格变更: what changed on the households of a grid (the household and its members, cases, measures, visits),
 * written in the transaction of each change and read after a cursor, so that a device back from a village
 * without signal refreshes what changed instead of reading its grid again. Scoped like every read of households;
 * a department reads the cases and measures of its domain only.
 */
@Service
public class GridChanges {

	private final GridChangeMapper changes;

	private final IdGenerator ids;

	private final SettleWindow window;

	private final Duration settle;

	private final Clock clock;

	GridChanges(GridChangeMapper changes, IdGenerator ids, SettleWindow window,
			ChangesProperties properties, Clock clock) {
		this.changes = changes;
		this.ids = ids;
		this.window = window;
		this.settle = properties.settle();
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(RecordKind kind, long recordId, long householdId, ChangeType change) {
		this.changes.insert(new RecordChange(this.ids.nextId(), householdId, kind, recordId, change,
				this.clock.instant()));
	}

	/** The changes in the caller's scope after the cursor, oldest first, up to those a few seconds old. */
	public Connection<RecordChange> after(Caller caller, Page page) {
		Scope scope = caller.scope();
		Long settledUpTo = this.window.settledUpTo(this.settle);
		return page.toConnection(this.changes.find(scope, page.afterId(), settledUpTo, page.fetchSize()),
				RecordChange::id, () -> this.changes.count(scope, page.afterId(), settledUpTo));
	}

}
