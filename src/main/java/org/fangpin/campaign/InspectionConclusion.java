package org.fangpin.campaign;

/** 会议研判结论 (seed 004, 附件2): the village's Thursday meeting decides whether to include a household. */
public enum InspectionConclusion {

	/** 拟纳入: a lead is raised and goes through the identification procedure. */
	INCLUDE,
	/** 不纳入. */
	EXCLUDE

}
