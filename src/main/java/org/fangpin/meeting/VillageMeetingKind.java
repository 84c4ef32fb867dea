package org.fangpin.meeting;

/** What a village meeting was. */
public enum VillageMeetingKind {

	/** 每周四研判 (seed 004): the week's risky households, judged one by one. */
	WEEKLY_JUDGMENT,
	/** 驻村工作队月度会议 (seed 003: 一月一精准评估): the month's inspection, analysed and judged. */
	MONTHLY_WORK_TEAM,
	/** Another meeting of the village. */
	OTHER

}
