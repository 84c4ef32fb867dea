package org.fangpin.household;

/** 户类型: 脱贫户 (ALLEVIATED, with its alleviation year) or 一般农户 (ORDINARY). */
public enum HouseholdCategory {

	ALLEVIATED, ORDINARY

}
