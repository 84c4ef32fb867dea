package org.fangpin.warning;

/** 预警状态: where a kept warning stands. */
public enum WarningStatus {

	/** Matched to a household, its lead raised: the township verifies it. */
	PENDING_VERIFICATION,
	/** The township found the risk real: the lead went into the procedure. */
	CONFIRMED,
	/** The township found no such risk; the reason and any help given are recorded. */
	NOT_CONFIRMED,
	/** No such person or household in the county: listed for the county to link to a household or close. */
	UNMATCHED,
	/** Withdrawn by its department before verification, with the reason. */
	WITHDRAWN,
	/** Unmatched, and closed by the county with the reason. */
	CLOSED

}
