package org.fangpin.welfare;

/** 救助类别: the two programmes of civil affairs a household's record states. */
public enum WelfareProgramme {

	/** 农村低保. */
	SUBSISTENCE_ALLOWANCE,
	/** 特困人员救助供养. */
	EXTREME_POVERTY_SUPPORT

}
