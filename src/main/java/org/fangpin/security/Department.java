package org.fangpin.security;

/** 行业部门: the department a department account speaks for; it decides which fields it may read. */
public enum Department {

	CIVIL_AFFAIRS,
	HEALTH,
	MEDICAL_INSURANCE,
	EDUCATION,
	HOUSING,
	WATER,
	HUMAN_RESOURCES,
	EMERGENCY,
	DISABLED_FEDERATION

}
