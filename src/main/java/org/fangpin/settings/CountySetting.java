package org.fangpin.settings;

/**
 * 县级设置项: each value a county may set, in days, within the bounds the seeds allow, and the configuration
 * property that gives its default.
 */
public enum CountySetting {

	/** Seed 004: from the first lead to identification at most 15 days; a county may be quicker. */
	IDENTIFICATION_PERIOD("认定时限", "fangpin.monitoring.identification-period", 1, 15),
	/** Seeds 001/003/004: elimination needs a visit this recent that found all six guarantees secured. */
	ELIMINATION_VISIT_PERIOD("消除前走访时限", "fangpin.monitoring.elimination-visit-period", 7, 90),
	/** Seed 001: the township verifies a department's warning within this period. */
	WARNING_VERIFICATION_PERIOD("预警核实时限", "fangpin.warnings.verification-period", 1, 30);

	private final String label;

	private final String defaultProperty;

	private final int minDays;

	private final int maxDays;

	CountySetting(String label, String defaultProperty, int minDays, int maxDays) {
		this.label = label;
		this.defaultProperty = defaultProperty;
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	/** What a cadre calls it: 认定时限. */
	public String label() {
		return this.label;
	}

	String defaultProperty() {
		return this.defaultProperty;
	}

	public int minDays() {
		return this.minDays;
	}

	public int maxDays() {
		return this.maxDays;
	}

}
