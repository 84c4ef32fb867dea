package org.fangpin.warning;

import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.security.rows.DataSubject;
import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code department_warning}: a warning kept, matched to a household or not, and its
 * verification.
 *
 * @param idNumberCipher the person's ID number as sent, encrypted, for an unmatched warning
 * @param facts the department's facts of its domain, as JSON
 * @param verifyBy when the township's verification is due
 * @param changeSeq the id of the warning's latest change in the department's change feed
 * @param contentHash SHA-256 of the item as last sent or corrected: a repeat with other content is told so
 * @param closureReason why the department withdrew it, or the county closed it unmatched
 */
public record DepartmentWarning(long id, long batchId, Department department, String referenceId, String countyCode,
		@Nullable Long householdId, byte @Nullable [] idNumberCipher, byte @Nullable [] idNumberHash,
		@Nullable String householdNumber, String riskTypes, LocalDate observedOn, String facts, WarningStatus status,
		@Nullable Long leadId, @Nullable Instant verifyBy, @Nullable String verifiedBy, @Nullable Instant verifiedAt,
		@Nullable String verificationNote, @Nullable String helpNote, Instant receivedAt, long changeSeq,
		int version, byte @Nullable [] contentHash, @Nullable String closureReason) implements DataSubject {

	/** The household matched; an unmatched warning's ID number is of a person the county has not registered. */
	@Override
	public @Nullable Long dataSubjectHousehold() {
		return this.householdId;
	}

	/**
	 * The county: the warning's own personal data, the ID number, is kept only while unmatched, of a person the
	 * county has not placed in a grid. (Its facts are of the matched household: {@link WarningFacts.Shown}.)
	 */
	@Override
	public String dataSubjectGrid() {
		return this.countyCode;
	}

	boolean isOverdue(Instant now) {
		return this.status == WarningStatus.PENDING_VERIFICATION && this.verifyBy != null && now.isAfter(this.verifyBy);
	}

	/** The township's verification, as the change {@code changeSeq} of the feed. */
	DepartmentWarning verified(boolean confirmed, String by, Instant at, @Nullable String note,
			@Nullable String help, long change) {
		return new DepartmentWarning(this.id, this.batchId, this.department, this.referenceId, this.countyCode,
				this.householdId, this.idNumberCipher, this.idNumberHash, this.householdNumber, this.riskTypes,
				this.observedOn, this.facts, confirmed ? WarningStatus.CONFIRMED : WarningStatus.NOT_CONFIRMED,
				this.leadId, this.verifyBy, by, at, note, help, this.receivedAt, change, this.version + 1,
				this.contentHash, this.closureReason);
	}

	/** Matched (again) to a household, or not, with the lead raised for it and the new verification deadline. */
	DepartmentWarning matched(@Nullable Long household, @Nullable Long lead, @Nullable Instant dueBy, long change) {
		return new DepartmentWarning(this.id, this.batchId, this.department, this.referenceId, this.countyCode,
				household, this.idNumberCipher, this.idNumberHash, this.householdNumber,
				this.riskTypes, this.observedOn, this.facts,
				(household != null) ? WarningStatus.PENDING_VERIFICATION : WarningStatus.UNMATCHED, lead, dueBy, null,
				null, null, null, this.receivedAt, change, this.version + 1, this.contentHash, this.closureReason);
	}

	/** Ended before verification: withdrawn by its department, or closed unmatched by the county. */
	DepartmentWarning closed(WarningStatus status, String reason, long change) {
		return new DepartmentWarning(this.id, this.batchId, this.department, this.referenceId, this.countyCode,
				this.householdId, this.idNumberCipher, this.idNumberHash, this.householdNumber, this.riskTypes,
				this.observedOn, this.facts, status, this.leadId, this.verifyBy, null, null, null, null,
				this.receivedAt, change, this.version + 1, this.contentHash, reason);
	}

}
