package org.fangpin.household;

import java.time.Instant;

import org.fangpin.security.rows.DataSubject;
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

	/**
	 * The member as a cadre edited them at {@code at}: who they are to the household and their situation; the ID
	 * number and the household they belong to do not change by an edit.
	 */
	Member edited(String newName, Relation newRelation, Health newHealth, @Nullable DisabilityType newDisabilityType,
			@Nullable Integer newDisabilityGrade, LabourCapacity newLabourCapacity,
			@Nullable SchoolingStage newSchoolingStage, @Nullable EmploymentType newEmploymentType,
			@Nullable Integer newMonthsWorked, boolean insured, Instant at) {
		return new Member(this.id, this.householdId, this.groupCode, newName, this.idNumberCipher, this.idNumberHash,
				newRelation, newHealth, newDisabilityType, newDisabilityGrade, newLabourCapacity, newSchoolingStage,
				newEmploymentType, newMonthsWorked, insured, this.createdAt, at, this.version + 1);
	}

}
