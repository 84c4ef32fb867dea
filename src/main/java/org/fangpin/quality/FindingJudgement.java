package org.fangpin.quality;

/** 研判结论: what the grid that owns a data-quality finding judged of it. */
public enum FindingJudgement {

	/**
	 * 核实无误: the record is right as it is (a 应纳未纳 household weighed and not included, with the reason): the
	 * finding is settled, out of the list and the counts, until the data it was found on changes.
	 */
	DATA_CORRECT,
	/** 确需补正: the record is wrong and is to be corrected; the finding stays until it is. */
	TO_BE_CORRECTED

}
