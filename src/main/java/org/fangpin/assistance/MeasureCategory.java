package org.fangpin.assistance;

/** 帮扶措施类别 (seed 000: the ten measures of the "3310" mechanism). */
public enum MeasureCategory {

	/** 产业帮扶. */
	INDUSTRY,
	/** 就业帮扶. */
	EMPLOYMENT,
	/** 教育帮扶. */
	EDUCATION,
	/** 金融帮扶 (小额信贷). */
	FINANCE,
	/** 危房改造. */
	HOUSING,
	/** 低保救助 and other subsistence support. */
	SUBSISTENCE,
	/** 健康帮扶. */
	HEALTH,
	/** 扶志扶智. */
	MOTIVATION,
	/** 残疾人帮扶. */
	DISABILITY,
	/** 社会帮扶. */
	SOCIAL;

	/**
	 * 发展类: what seed 001 (六(一)) gives a household able to work, so that it earns its way out (产业带动、就业扶持、
	 * 技能培训、小额信贷、公益性岗位). The others keep a household afloat (民生保障) or are given to it (社会帮扶).
	 */
	public boolean isDevelopment() {
		return this == INDUSTRY || this == EMPLOYMENT || this == FINANCE || this == MOTIVATION;
	}

}
