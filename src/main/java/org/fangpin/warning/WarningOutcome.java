package org.fangpin.warning;

/** 接收结果: what a push answered for one item. */
public enum WarningOutcome {

	ACCEPTED, UNMATCHED, REJECTED, DUPLICATE

}
