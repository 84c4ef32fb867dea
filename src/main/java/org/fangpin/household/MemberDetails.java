package org.fangpin.household;

import org.fangpin.graphql.InputCheck;
import org.fangpin.household.HouseholdInputs.MemberDetailsInput;
import org.jspecify.annotations.Nullable;

/** A member's details once checked: the one place that says what a valid member is. */
record MemberDetails(String name, IdNumber idNumber, Health health, @Nullable DisabilityType disabilityType,
		@Nullable Integer disabilityGrade, LabourCapacity labourCapacity, @Nullable SchoolingStage schoolingStage,
		@Nullable EmploymentType employmentType, @Nullable Integer monthsWorked, boolean medicalInsurance) {

	static final int MAX_NAME_LENGTH = 50;

	/**
	 * @param prefix the input field holding the details, e.g. {@code head}
	 * @return the details, or null when {@code check} has recorded why not
	 */
	static @Nullable MemberDetails check(InputCheck check, @Nullable MemberDetailsInput input, String prefix) {
		if (input == null) {
			check.fail("缺少成员信息 (member details are required)", prefix);
			return null;
		}
		String name = check.personName(input.name(), MAX_NAME_LENGTH, prefix + ".name");
		IdNumber idNumber = check.parse(input.idNumber(), IdNumber::of, prefix + ".idNumber");
		checkDisability(check, input.disabilityType(), input.disabilityGrade(), prefix);
		checkWork(check, input.employmentType(), input.monthsWorked(), prefix);
		check.require(input.health() != null, "健康状况不能为空 (health is required)", prefix + ".health");
		check.require(input.labourCapacity() != null, "劳动能力不能为空 (labourCapacity is required)",
				prefix + ".labourCapacity");
		check.require(input.medicalInsurance() != null, "是否参加医保不能为空 (medicalInsurance is required)",
				prefix + ".medicalInsurance");
		if (check.hasErrors()) {
			return null;
		}
		return new MemberDetails(name, idNumber, input.health(), input.disabilityType(), input.disabilityGrade(),
				input.labourCapacity(), input.schoolingStage(), input.employmentType(), input.monthsWorked(),
				input.medicalInsurance());
	}

	/** A disability has a type and a grade (GB/T 26341: 一级 most severe to 四级), or neither. */
	static void checkDisability(InputCheck check, @Nullable DisabilityType type, @Nullable Integer grade,
			String prefix) {
		check.require((type == null) == (grade == null),
				"残疾类别与残疾等级需同时填写 (disabilityType and disabilityGrade go together)", prefix + ".disabilityGrade");
		check.require(grade == null || (grade >= 1 && grade <= 4), "残疾等级应为1到4级 (disabilityGrade must be 1..4)",
				prefix + ".disabilityGrade");
	}

	static void checkWork(InputCheck check, @Nullable EmploymentType type, @Nullable Integer months, String prefix) {
		check.require(months == null || (months >= 0 && months <= 12), "务工月数应为0到12 (monthsWorked must be 0..12)",
				prefix + ".monthsWorked");
		check.require(months == null || type != null,
				"填写务工月数时需填写务工状况 (monthsWorked needs employmentType)", prefix + ".monthsWorked");
	}

}
