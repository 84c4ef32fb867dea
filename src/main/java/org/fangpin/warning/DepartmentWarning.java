package org.fangpin.warning;

import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.security.DataSubject;
import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code department_warning}: a warning kept, matched to a household or not, and its
 * verification.
 *
 * @param idNumberCipher the person's ID number as sent, encrypted, for an unmatched warning
 * @param facts the department's facts of its domain, as JSON
 * @param verifyBy when the township's verification is due
 * @param changeSeq grows with every change: the department's change feed is ordered by it
 */
public record DepartmentWarning(long id, long batchId, Department department, String referenceId, String countyCode,
		@Nullable Long householdId, byte @Nullable [] idNumberCipher, byte @Nullable [] idNumberHash,
		@Nullable String householdNumber, String riskTypes, LocalDate observedOn, String facts, WarningStatus status,
		@Nullable Long leadId, @Nullable Instant verifyBy, @Nullable String verifiedBy, @Nullable Instant verifiedAt,
		@Nullable String verificationNote, @Nullable String helpNote, Instant receivedAt, long changeSeq,
		int version) implements DataSubject {

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

}
