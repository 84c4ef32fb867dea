package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of {@code case_check}: a look back (附件4) or a review (附件5) of a case in a campaign. */
public record CaseCheck(long id, long campaignId, long caseId, CaseCheckKind kind, @Nullable Boolean incomeStable,
		boolean measuresDone, @Nullable Boolean guaranteesSecured, @Nullable Boolean eliminationStable,
		@Nullable Boolean needsRemarking, @Nullable Boolean needsClearance, @Nullable Boolean meetsElimination,
		@Nullable String note, LocalDate checkedOn, String checkedBy, Instant recordedAt) {

	/**
	 * An elimination that did not hold (seed 004: 风险消除不稳定) or a case to clear: the county rolls it back
	 * or clears it through the case's own steps.
	 */
	public boolean needsAction() {
		if (this.kind != CaseCheckKind.LOOK_BACK) {
			return false;
		}
		return !Boolean.TRUE.equals(this.incomeStable) || !this.measuresDone
				|| !Boolean.TRUE.equals(this.guaranteesSecured) || !Boolean.TRUE.equals(this.eliminationStable)
				|| Boolean.TRUE.equals(this.needsRemarking) || Boolean.TRUE.equals(this.needsClearance);
	}

}
