package org.fangpin.assistance;

/** 措施状态. */
public enum MeasureStatus {

	PLANNED, IN_PROGRESS, COMPLETED, CANCELLED;

	/** Still to be done: such a measure stands in the way of declaring the risk eliminated. */
	boolean isOpen() {
		return this == PLANNED || this == IN_PROGRESS;
	}

}
