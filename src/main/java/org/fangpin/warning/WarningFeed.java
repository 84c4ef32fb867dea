package org.fangpin.warning;

import java.util.List;

import org.fangpin.db.BatchWriter;
import org.fangpin.db.IdGenerator;
import org.fangpin.db.SettleWindow;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.monitoring.CaseEvent;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The departments' change feed (seed 001: 反馈核实结果): every change of a warning, from its receipt through
 * the township's verification to what became of the case it went into, written in the transaction of the
 * change, and read by its department in the order of its cursor.
 */
@Service
public class WarningFeed {

	private final WarningMapper warnings;

	private final IdGenerator ids;

	private final BatchWriter batches;

	private final WarningFeedProperties properties;

	private final SettleWindow settle;

	WarningFeed(WarningMapper warnings, IdGenerator ids, BatchWriter batches, WarningFeedProperties properties,
			SettleWindow settle) {
		this.warnings = warnings;
		this.ids = ids;
		this.batches = batches;
		this.properties = properties;
		this.settle = settle;
	}

	/** The caller's department's settled changes after the cursor, oldest first. */
	public Connection<WarningChange> updates(Caller caller, Page page) {
		Scope scope = caller.scope();
		if (scope.getDepartment() == null) {
			throw ApiException.forbidden("变更订阅仅供部门账号使用 (the change feed is for department accounts)");
		}
		Long settledUpTo = settledUpTo();
		return page.toConnection(this.warnings.findChanges(scope, page.afterId(), settledUpTo, page.fetchSize()),
				WarningChange::id, () -> this.warnings.countChanges(scope, page.afterId(), settledUpTo));
	}

	/** The last change a reader may be given now, polling or by webhook ({@link SettleWindow}); null: any. */
	@Nullable Long settledUpTo() {
		return this.settle.settledUpTo(this.properties.settle());
	}

	void record(WarningChange change) {
		this.warnings.insertChange(change);
	}

	/** The changes of a batch as received, written in one JDBC batch. */
	void recordAll(List<WarningChange> changes) {
		this.batches.write(WarningMapper.class, "insertChange", changes);
	}

	/**
	 * What happens to a case after a township confirmed a warning into it (identified or not, eliminated, rolled
	 * back, cleared) reaches the departments whose warnings it was, in the case's own transaction.
	 */
	@EventListener
	void caseMoved(CaseEvent event) {
		WarningChangeKind kind = WarningChangeKind.ofCaseMove(event.fromStatus(), event.toStatus());
		if (kind == null) {
			return;
		}
		List<WarningChange> changes = this.warnings.findWarningsOfCase(event.caseId())
			.stream()
			.map((warning) -> new WarningChange(this.ids.nextId(), warning.id(), warning.department(),
					warning.countyCode(), warning.referenceId(), kind, WarningStatus.CONFIRMED, warning.caseType(),
					event.toStatus(), null, event.occurredAt()))
			.toList();
		changes.forEach(this::record);
	}

}
