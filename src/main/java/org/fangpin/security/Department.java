package org.fangpin.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 行业部门: the department a department account speaks for. Besides the fields each one may read
 * ({@code @visibleTo} in the schema), its domain decides which monitored cases and measures it sees (seed
 * 001: the monitored households go to civil affairs; each other department follows the risks and measures
 * of its own field). The names are those of the schema's RiskType and MeasureCategory.
 */
public enum Department {

	CIVIL_AFFAIRS(null, "SUBSISTENCE", "SOCIAL"),
	HEALTH(List.of("ILLNESS"), "HEALTH"),
	MEDICAL_INSURANCE(List.of("ILLNESS"), "HEALTH"),
	EDUCATION(List.of("EDUCATION"), "EDUCATION"),
	HOUSING(List.of("HOUSING_UNSAFE"), "HOUSING"),
	WATER(List.of("DRINKING_WATER_UNSAFE")),
	HUMAN_RESOURCES(List.of("UNSTABLE_EMPLOYMENT", "LABOR_SHORTAGE"), "EMPLOYMENT"),
	EMERGENCY(List.of("DISASTER", "ACCIDENT")),
	DISABLED_FEDERATION(List.of("DISABILITY"), "DISABILITY"),
	/** 财政: funds the measures; of monitoring, the cases of income collapse and the financial measures (seed 002). */
	FINANCE(List.of("INCOME_DROP"), "FINANCE"),
	/** 公安: household registration (seed 004: 以公安部门户籍信息为准) and accidents. */
	PUBLIC_SECURITY(List.of("ACCIDENT")),
	/** 农业农村: farming and its failures, disasters on the land, and the industry measures (seeds 002, 004). */
	AGRICULTURE(List.of("INDUSTRY_FAILURE", "DISASTER"), "INDUSTRY");

	private final @Nullable List<String> caseRiskTypes;

	private final List<String> measureCategories;

	Department(@Nullable List<String> caseRiskTypes, String... measureCategories) {
		this.caseRiskTypes = caseRiskTypes;
		this.measureCategories = List.of(measureCategories);
	}

	/** The risk types whose cases the department sees; null: every monitored case. */
	public @Nullable List<String> caseRiskTypes() {
		return this.caseRiskTypes;
	}

	/** The categories of the measures the department sees. */
	public List<String> measureCategories() {
		return this.measureCategories;
	}

}
