package org.fangpin.monitoring;

/** 工作事项类别: what a work list holds. */
public enum WorkKind {

	/** 待研判线索: an open lead waiting for the village's decision. */
	LEAD_DECISION,
	/** 认定程序待办: a step of identification, due within the case's 15 days (seed 004). */
	IDENTIFICATION_STEP,
	/** 帮扶措施到期: an open measure due within a week, or overdue. */
	MEASURE_DUE,
	/** 联系人走访: a household whose contact cadre the caller is, due its monthly visit (seed 003). */
	CONTACT_VISIT

}
