package org.fangpin.settings;

/**
 * 县级设置项: each value a county may set, within the bounds the seeds allow, and the configuration property
 * that gives its default. A period is in days; a requirement is 1 (required) or 0 (recommended); a threshold is
 * a percentage.
 */
public enum CountySetting {

	/** Seed 004: from the first lead to identification at most 15 days; a county may be quicker. */
	IDENTIFICATION_PERIOD("认定时限", Unit.DAYS, "fangpin.monitoring.identification-period", 1, 15),
	/** Seeds 001/003/004: elimination needs a visit this recent that found all six guarantees secured. */
	ELIMINATION_VISIT_PERIOD("消除前走访时限", Unit.DAYS, "fangpin.monitoring.elimination-visit-period", 7, 90),
	/**
	 * Seed 004: the village weighs a new lead at its weekly meeting (每周四研判), so it decides within a week; late,
	 * the lead shows to the township too.
	 */
	LEAD_DECISION_PERIOD("线索研判时限", Unit.DAYS, "fangpin.monitoring.lead-decision-period", 1, 7),
	/** Seed 003: each identified household is visited by its contact cadre every month (一月一精准排查). */
	CONTACT_VISIT_PERIOD("联系人走访周期", Unit.DAYS, "fangpin.monitoring.contact-visit-period", 7, 30),
	/** Seed 001: the township verifies a department's warning within this period. */
	WARNING_VERIFICATION_PERIOD("预警核实时限", Unit.DAYS, "fangpin.warnings.verification-period", 1, 30),
	/** Seed 001: the household's signed commitment and authorisation to check its assets (承诺书、授权书). */
	COMMITMENT_LETTERS_REQUIRED("承诺书授权书必传", Unit.REQUIREMENT, "fangpin.evidence.required.commitment-letters", 0, 1),
	/** Seeds 001/003: the minutes of the village's democratic appraisal (评议记录), at identification and elimination. */
	APPRAISAL_MINUTES_REQUIRED("评议记录必传", Unit.REQUIREMENT, "fangpin.evidence.required.appraisal-minutes", 0, 1),
	/** Seeds 001/003: a photo of the notice board during each 公示. */
	NOTICE_PHOTOS_REQUIRED("公示照片必传", Unit.REQUIREMENT, "fangpin.evidence.required.notice-photos", 0, 1),
	/** Seeds 001/003: the township's written verification (核查) and acceptance (验收) records. */
	CHECK_RECORDS_REQUIRED("核查验收记录必传", Unit.REQUIREMENT, "fangpin.evidence.required.check-records", 0, 1),
	/**
	 * Seeds 000/004: per-capita income down by this share year on year is a risk: the screening rules raise a
	 * lead, and a campaign counts the household among those of falling income.
	 */
	INCOME_DROP_PERCENT("收入骤减比例", Unit.PERCENT, "fangpin.risk.income-drop-ratio", 10, 90),
	/**
	 * Seeds 000/004: rigid expenditure above this share of net income is a risk, for the screening rules and a
	 * campaign's key categories alike.
	 */
	RIGID_EXPENDITURE_PERCENT("刚性支出占比", Unit.PERCENT, "fangpin.risk.rigid-expenditure-ratio", 10, 100);

	/** What a setting's number means. */
	public enum Unit {

		/** 天 */
		DAYS,
		/** 1 必需 (required), 0 建议 (recommended) */
		REQUIREMENT,
		/** 百分比: a threshold's share, 30 for 30 % */
		PERCENT

	}

	private final String label;

	private final Unit unit;

	private final String defaultProperty;

	private final int min;

	private final int max;

	CountySetting(String label, Unit unit, String defaultProperty, int min, int max) {
		this.label = label;
		this.unit = unit;
		this.defaultProperty = defaultProperty;
		this.min = min;
		this.max = max;
	}

	/** What a cadre calls it: 认定时限. */
	public String label() {
		return this.label;
	}

	public Unit unit() {
		return this.unit;
	}

	String defaultProperty() {
		return this.defaultProperty;
	}

	public int min() {
		return this.min;
	}

	public int max() {
		return this.max;
	}

}
