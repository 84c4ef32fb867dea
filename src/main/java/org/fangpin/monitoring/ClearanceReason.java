package org.fangpin.monitoring;

/** 清退原因 (seed 004): wrongly included, favouritism (优亲厚友), or registered twice. */
public enum ClearanceReason {

	WRONGLY_INCLUDED, FAVOURITISM, DUPLICATE

}
