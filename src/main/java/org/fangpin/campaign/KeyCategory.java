package org.fangpin.campaign;

/** 十类人群和特殊对象 (seed 004): the ten key categories a campaign inspects with particular care. */
public enum KeyCategory {

	/** ①脱贫户特别是最近脱贫年度的户: the household's category says so. */
	ALLEVIATED(false, true),
	/** ②收入低于或接近监测标准、明显减少的农户. */
	LOW_OR_FALLING_INCOME(false, false),
	/** ③分散供养特困人员特别是单人户. */
	EXTREME_POVERTY_SUPPORT(false, true),
	/** ④农村低保对象. */
	SUBSISTENCE_ALLOWANCE(false, true),
	/** ⑤农村残疾人家庭特别是重度残疾、一户多残. */
	DISABILITY(false, false),
	/** ⑥非义务教育阶段在读子女较多的多子女户. */
	CHILDREN_IN_SCHOOL(false, false),
	/** ⑦务工收入占比高且务工时间不稳定. */
	UNSTABLE_EMPLOYMENT(false, false),
	/** ⑧因疫情影响生产及就业: the data cannot know, a cadre flags it. */
	PANDEMIC(true, false),
	/** ⑨受自然灾害影响“三保障”和饮水安全. */
	DISASTER(false, false),
	/** ⑩刚性支出较大或收入大幅缩减导致基本生活严重困难. */
	HIGH_RIGID_EXPENDITURE(false, false);

	private final boolean flagOnly;

	private final boolean recorded;

	KeyCategory(boolean flagOnly, boolean recorded) {
		this.flagOnly = flagOnly;
		this.recorded = recorded;
	}

	/**
	 * The household record states it (its category, 特困, 低保): a flag could only repeat or contradict the
	 * record, so the record is corrected instead.
	 */
	public boolean isRecorded() {
		return this.recorded;
	}

	/** Only a cadre's flag puts a household in it: no data says so. */
	public boolean isFlagOnly() {
		return this.flagOnly;
	}

}
