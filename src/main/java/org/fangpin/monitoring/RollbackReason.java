package org.fangpin.monitoring;

/** 回退原因 (seed 004): elimination proved unstable, or the whole household has no labour. */
public enum RollbackReason {

	UNSTABLE, NO_LABOUR

}
