package org.fangpin.household;

/** 性别, as the ID number gives it. */
public enum Gender {

	MALE, FEMALE

}
