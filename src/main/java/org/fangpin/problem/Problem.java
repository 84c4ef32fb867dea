package org.fangpin.problem;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code problem}.
 *
 * @param gridCode the grid it concerns: a household's or case's is the household's group grid
 */
public record Problem(long id, @Nullable Long campaignId, ProblemCategory category, String description,
		String gridCode, @Nullable Long householdId, @Nullable Long caseId, String responsiblePerson, String measure,
		LocalDate deadline, ProblemStatus status, String raisedBy, LocalDate raisedOn, @Nullable String rectification,
		@Nullable String rectifiedBy, @Nullable LocalDate rectifiedOn, @Nullable String verifiedBy,
		@Nullable LocalDate verifiedOn, @Nullable String verificationNote, Instant createdAt, Instant updatedAt,
		int version) {

	/** Not verified yet, and the deadline is past. */
	public boolean isOverdue(LocalDate today) {
		return this.status != ProblemStatus.VERIFIED && today.isAfter(this.deadline);
	}

}
