package org.fangpin.situation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One guarantee as a visit assessed it, with that visit: when (the visit's time, not the day it was typed in),
 * how, and by whom. A household's current guarantees are each item's latest assessment, so two items may come
 * from different visits, and each says which.
 */
public record GuaranteeAssessment(GuaranteeItem item, GuaranteeState state, @Nullable String note, Visit visit) {

	static GuaranteeAssessment of(Guarantee guarantee, Visit visit) {
		return new GuaranteeAssessment(guarantee.item(), guarantee.state(), guarantee.note(), visit);
	}

	/** 评估时间: the time of the visit that made it. */
	public Instant assessedAt() {
		return this.visit.visitedAt();
	}

	public VisitMethod method() {
		return this.visit.method();
	}

}
