package org.fangpin.household;

/** 在校生状况: the stage a member is in school at. */
public enum SchoolingStage {

	PRESCHOOL, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL, UNIVERSITY

}
