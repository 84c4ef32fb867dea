package org.fangpin.monitoring;

/** 待关联线索状态: a lead about a person not registered, waiting for their household or linked to it. */
public enum PendingLeadStatus {

	/** Waiting for the person's household to be registered and linked. */
	WAITING,
	/** Linked to the household: a lead was raised and waits for the village like any lead. */
	LINKED

}
