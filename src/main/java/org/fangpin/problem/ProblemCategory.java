package org.fangpin.problem;

/** 问题类型: the eight rows of the problem list template (seed 004, 附件6). */
public enum ProblemCategory {

	/** “两不愁三保障”和饮水安全方面. */
	GUARANTEES,
	/** 帮扶政策落实方面. */
	POLICY_IMPLEMENTATION,
	/** 收入未稳定达标方面. */
	INCOME_NOT_STABLE,
	/** “应纳未纳”“体外循环”方面. */
	NOT_INCLUDED,
	/** 网格员管理及日常排查方面. */
	GRID_MANAGEMENT,
	/** 数据质量方面. */
	DATA_QUALITY,
	/** 信访舆情方面. */
	PETITION_OPINION,
	/** 其他方面. */
	OTHER

}
