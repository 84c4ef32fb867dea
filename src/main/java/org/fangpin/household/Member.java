package org.fangpin.household;

import java.time.Instant;

import org.fangpin.security.DataSubject;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code member}, with the group grid its household lives in. The ID number is only here as {@link IdNumberCipher} left it: sealed, and as a
 * keyed hash.
 */
public record Member(long id, long householdId, String groupCode, String name, byte[] idNumberCipher, byte[] idNumberHash,
		Relation relation, Health health, @Nullable DisabilityType disabilityType,
		@Nullable Integer disabilityGrade, LabourCapacity labourCapacity, @Nullable SchoolingStage schoolingStage,
		@Nullable EmploymentType employmentType, @Nullable Integer monthsWorked, boolean medicalInsurance,
		Instant createdAt, Instant updatedAt, int version) implements DataSubject {

	@Override
	public Long dataSubjectHousehold() {
		return this.householdId;
	}

	@Override
	public String dataSubjectGrid() {
		return this.groupCode;
	}

}
