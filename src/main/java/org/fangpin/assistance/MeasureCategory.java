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
	SOCIAL

}
