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
	DISABLED_FEDERATION(List.of("DISABILITY"), "DISABILITY");

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
