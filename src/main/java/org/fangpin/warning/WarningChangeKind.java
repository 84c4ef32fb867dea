package org.fangpin.warning;

import java.util.Map;

import org.fangpin.monitoring.CaseStatus;
import org.jspecify.annotations.Nullable;

/** 变更类型: what happened to a department's warning, as its change feed tells it. */
public enum WarningChangeKind {

	/** Received in a batch: matched and sent to verification, or unmatched. */
	RECEIVED,
	/** Corrected by its department before verification: its content is the new one. */
	CORRECTED,
	/** Withdrawn by its department before verification, with the reason. */
	WITHDRAWN,
	/** Unmatched, then linked by the county to a household registered since: now verified like any other. */
	LINKED,
	/** Unmatched, and closed by the county with the reason. */
	CLOSED,
	/** Verified by the township: confirmed (into a case) or not. */
	VERIFIED,
	/** The case it went into was approved by the county (审核认定): the household is monitored. */
	IDENTIFIED,
	/** The case it went into was not identified (民主评议未通过, 不予认定). */
	NOT_IDENTIFIED,
	/** The case's risk was certified eliminated (风险消除). */
	RISK_ELIMINATED,
	/** The elimination was rolled back (回退): monitored again. */
	ROLLED_BACK,
	/** The case was cleared as wrongly included (清退). */
	CLEARED;

	/**
	 * What a case's move from one status to another tells the departments whose warnings went into it; the steps
	 * between are the procedure's, not an outcome.
	 */
	static @Nullable WarningChangeKind ofCaseMove(@Nullable CaseStatus from, CaseStatus to) {
		// a step that leaves the status as it was (an application, an announcement) is no news for the department
		if (from == to) {
			return null;
		}
		if (to == CaseStatus.MONITORING) {
			return (from == null) ? null : Map.of(CaseStatus.PENDING_APPROVAL, IDENTIFIED, CaseStatus.RISK_ELIMINATED, ROLLED_BACK).get(from);
		}
		return Map.of(CaseStatus.REJECTED, NOT_IDENTIFIED, CaseStatus.RISK_ELIMINATED, RISK_ELIMINATED,
				CaseStatus.CLEARED, CLEARED).get(to);
	}

}
