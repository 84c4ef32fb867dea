package org.fangpin.household;

import org.jspecify.annotations.Nullable;

/** The inputs of the household and member mutations and queries, as the schema declares them. */
public final class HouseholdInputs {

	private HouseholdInputs() {
	}

	record HouseholdFilter(@Nullable String gridCode, @Nullable HouseholdCategory category,
			@Nullable String nameContains, @Nullable String idNumber) {
	}

	record MemberDetailsInput(@Nullable String name, @Nullable String idNumber, @Nullable Health health,
			@Nullable DisabilityType disabilityType, @Nullable Integer disabilityGrade,
			@Nullable LabourCapacity labourCapacity, @Nullable SchoolingStage schoolingStage,
			@Nullable EmploymentType employmentType, @Nullable Integer monthsWorked,
			@Nullable Boolean medicalInsurance) {
	}

	public record RegisterHouseholdInput(@Nullable String groupCode, @Nullable String address,
			@Nullable HouseholdCategory category, @Nullable Integer alleviationYear, @Nullable String phone,
			@Nullable Boolean lowIncomeSupport, @Nullable Boolean extremePovertySupport, @Nullable Boolean relocated,
			@Nullable MemberDetailsInput head, @Nullable String clientKey) {
	}

	record UpdateHouseholdInput(String id, int version, @Nullable String address,
			@Nullable HouseholdCategory category, @Nullable Integer alleviationYear, @Nullable String phone,
			@Nullable Boolean lowIncomeSupport, @Nullable Boolean extremePovertySupport, @Nullable Boolean relocated) {
	}

	record MoveHouseholdInput(String id, int version, @Nullable String groupCode) {
	}

	record AddMemberInput(String householdId, @Nullable Relation relation, @Nullable MemberDetailsInput member, @Nullable String clientKey) {
	}

	record UpdateMemberInput(String id, int version, @Nullable String name, @Nullable Relation relation,
			@Nullable Health health, @Nullable DisabilityType disabilityType, @Nullable Integer disabilityGrade,
			@Nullable Boolean clearDisability, @Nullable LabourCapacity labourCapacity,
			@Nullable SchoolingStage schoolingStage, @Nullable EmploymentType employmentType,
			@Nullable Integer monthsWorked, @Nullable Boolean medicalInsurance) {
	}

	record BindResidentAccountInput(String username, String idNumber) {
	}

	record RemoveMemberInput(String id, int version) {
	}

}
