package org.fangpin.situation;

import java.util.Map;

import org.fangpin.security.duties.Act;

/**
 * What a new income record or visit announces, inside the transaction that wrote it: the screening rules
 * listen, and a lead they raise lands or is undone with the record.
 */
public final class SituationEvents {

	private SituationEvents() {
	}

	/** @param caller who recorded it: the rules read with their scope and act on their request */
	public record IncomeRecorded(Act act, long householdId, int year) {
	}

	public record VisitRecorded(Act act, long householdId,
			Map<GuaranteeItem, GuaranteeState> guarantees) {
	}

}
