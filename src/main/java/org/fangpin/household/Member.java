package org.fangpin.household;

import java.time.Instant;

import org.fangpin.security.DataSubject;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code member}. The ID number is only here as {@link IdNumberCipher} left it: sealed, and as a
 * keyed hash.
 */
public record Member(long id, long householdId, String name, byte[] idNumberCipher, byte[] idNumberHash,
		Relation relation, Health health, @Nullable DisabilityType disabilityType,
		@Nullable Integer disabilityGrade, LabourCapacity labourCapacity, @Nullable SchoolingStage schoolingStage,
		@Nullable EmploymentType employmentType, @Nullable Integer monthsWorked, boolean medicalInsurance,
		Instant createdAt, Instant updatedAt, int version) implements DataSubject {

	@Override
	public Long dataSubjectHousehold() {
		return this.householdId;
	}

}
