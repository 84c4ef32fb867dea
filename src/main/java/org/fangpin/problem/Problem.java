package org.fangpin.problem;

import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code problem}.
 *
 * @param gridCode the grid it concerns: a household's or case's is the household's group grid
 * @param department the sector whose problem it is (seed 004: each keeps its own rectification ledger), if any
 */
public record Problem(long id, @Nullable Long campaignId, ProblemCategory category, String description,
		String gridCode, @Nullable Long householdId, @Nullable Long caseId, @Nullable Department department,
		String responsiblePerson, String measure,
		LocalDate deadline, ProblemStatus status, String raisedBy, LocalDate raisedOn, @Nullable String rectification,
		@Nullable String rectifiedBy, @Nullable String rectifiedBySubject, @Nullable LocalDate rectifiedOn,
		@Nullable String verifiedBy,
		@Nullable LocalDate verifiedOn, @Nullable String verificationNote, Instant createdAt, Instant updatedAt,
		int version) {

	/**
	 * Reported rectified by {@code by} (whose account is {@code subject}) on {@code on}; any earlier verifier's
	 * note stays as history.
	 */
	Problem rectified(String text, String by, String subject, LocalDate on, Instant now) {
		return new Problem(this.id, this.campaignId, this.category, this.description, this.gridCode, this.householdId,
				this.caseId, this.department, this.responsiblePerson, this.measure, this.deadline, ProblemStatus.RECTIFIED, this.raisedBy,
				this.raisedOn, text, by, subject, on, null, null, this.verificationNote, this.createdAt, now,
				this.version + 1);
	}

	/** Verified (销号) by {@code by}, or reopened with the reason when {@code passed} is false. */
	Problem verified(boolean passed, String by, LocalDate on, @Nullable String note, Instant now) {
		return new Problem(this.id, this.campaignId, this.category, this.description, this.gridCode, this.householdId,
				this.caseId, this.department, this.responsiblePerson, this.measure, this.deadline,
				passed ? ProblemStatus.VERIFIED : ProblemStatus.OPEN, this.raisedBy, this.raisedOn, this.rectification,
				this.rectifiedBy, this.rectifiedBySubject, this.rectifiedOn, passed ? by : null, passed ? on : null, note, this.createdAt, now,
				this.version + 1);
	}

	/**
	 * Whether the caller rectified it: by their account, or by their name for a rectification recorded before
	 * accounts were kept.
	 */
	boolean wasRectifiedBy(String subject, String name) {
		return (this.rectifiedBySubject != null) ? this.rectifiedBySubject.equals(subject) : name.equals(this.rectifiedBy);
	}

	/** Not verified yet, and the deadline is past. */
	public boolean isOverdue(LocalDate today) {
		return this.status != ProblemStatus.VERIFIED && today.isAfter(this.deadline);
	}

}
