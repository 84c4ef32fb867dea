package org.fangpin.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of {@code measure}: one assistance measure of a case, optionally for one member. */
public record Measure(long id, long caseId, @Nullable Long memberId, MeasureCategory category, String content,
		String responsibleDepartment, String responsibleCadre, BigDecimal funds, LocalDate plannedCompletion,
		MeasureStatus status, @Nullable LocalDate completedOn, Instant createdAt, Instant updatedAt, int version) {

	/** The measure as its planner or the cadre carrying it out changed it at {@code at}. */
	Measure changed(String newContent, BigDecimal newFunds, LocalDate newPlannedCompletion, MeasureStatus newStatus,
			@Nullable LocalDate newCompletedOn, Instant at) {
		return new Measure(this.id, this.caseId, this.memberId, this.category, newContent, this.responsibleDepartment,
				this.responsibleCadre, newFunds, newPlannedCompletion, newStatus, newCompletedOn, this.createdAt, at,
				this.version + 1);
	}

	/** The measure cancelled at {@code at}: as planned, and never completed. */
	Measure cancelled(Instant at) {
		return changed(this.content, this.funds, this.plannedCompletion, MeasureStatus.CANCELLED, null, at);
	}

}
