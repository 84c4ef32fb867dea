package org.fangpin.situation;

import java.util.Map;

/**
 * What a new income record or visit announces, inside the transaction that wrote it: the screening rules
 * listen, and a lead they raise lands or is undone with the record.
 */
public final class SituationEvents {

	private SituationEvents() {
	}

	public record IncomeRecorded(long householdId, int year, String requestId) {
	}

	public record VisitRecorded(long householdId, Map<GuaranteeItem, GuaranteeState> guarantees, String requestId) {
	}

}
