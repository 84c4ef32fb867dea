package org.fangpin.situation;

/** 十必访 (seed 002): low income, serious or chronic illness, disability, university student, disaster, accident, failed farming or business, unstable work, an incapacitated member, petitions. */
public enum MustVisitCategory {

	LOW_INCOME, ILLNESS, DISABILITY, UNIVERSITY_STUDENT, DISASTER, ACCIDENT, INDUSTRY_FAILURE, UNSTABLE_WORK,
	INCAPACITATED, PETITION

}
