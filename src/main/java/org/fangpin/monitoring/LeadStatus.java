package org.fangpin.monitoring;

/** 线索状态: open until a village cadre accepts it into a case or dismisses it. */
public enum LeadStatus {

	OPEN, ACCEPTED, DISMISSED

}
