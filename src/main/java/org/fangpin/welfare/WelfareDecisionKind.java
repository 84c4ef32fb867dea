package org.fangpin.welfare;

/** 纳入 or 停发. */
public enum WelfareDecisionKind {

	/** Granted from the month of its date, or the amount changed from then. */
	GRANTED,
	/** No longer paid from the month of its date. */
	STOPPED

}
