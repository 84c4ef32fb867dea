package org.fangpin.quality;

/** 问题类型: what a data-quality finding says is wrong, and what to fix. */
public enum FindingKind {

	/** A monitored household without an income record of this year or the last. */
	NO_INCOME_RECORD("监测户缺少今年或上年的收入记录，请入户核实并录入收入"),
	/** A monitored household whose guarantees no visit has assessed. */
	GUARANTEES_NEVER_ASSESSED("监测户的“两不愁三保障”及饮水安全从未评估，请走访并评估"),
	/** A household without a head. */
	NO_HEAD("农户没有户主，请核实家庭成员关系"),
	/** An alleviated household without its year of alleviation. */
	ALLEVIATED_WITHOUT_YEAR("脱贫户缺少脱贫年度，请按全国系统补正"),
	/** A member at a stage of schooling impossible for their age. */
	SCHOOLING_IMPOSSIBLE_FOR_AGE("在校生状况与年龄不符，请核实在校生状况"),
	/** The same name and birth date in two households of one village: one person twice, or a wrong member. */
	SAME_PERSON_IN_TWO_HOUSEHOLDS("同村两户有同名同出生日期的成员，请核实是否重复登记"),
	/**
	 * A member whose ID number the province reports registered in another county as well: one person in two
	 * counties' records (seed 004 六: 疑似问题数据).
	 */
	REGISTERED_IN_ANOTHER_COUNTY("该成员身份证号在外县也有登记，请核实户籍和常住地，避免重复登记、重复享受政策"),
	/** 应纳未纳: income under the line or a guarantee not secured, and neither an open lead nor an active case. */
	SHOULD_BE_INCLUDED("应纳未纳：收入低于监测标准或“三保障”及饮水安全未保障，但没有风险线索和监测对象，请研判是否纳入"),
	/**
	 * 体外循环: monitoring's assistance going on outside monitoring, a measure still open for a household with no
	 * active case. Subsistence (低保) and extreme-poverty support (特困) are civil affairs' own programmes: a
	 * household receiving them without being monitored is not a finding by that alone.
	 */
	OUTSIDE_THE_SYSTEM("体外循环：帮扶措施仍在实施但该户已不是监测对象，请核实是否应纳入监测或结束措施");

	private final String whatToFix;

	FindingKind(String whatToFix) {
		this.whatToFix = whatToFix;
	}

	public String whatToFix() {
		return this.whatToFix;
	}

	/** Whether SQL alone decides it; the others need the birth date inside the sealed ID number. */
	boolean isDecidedInSql() {
		return this != SCHOOLING_IMPOSSIBLE_FOR_AGE && this != SAME_PERSON_IN_TWO_HOUSEHOLDS;
	}

}
