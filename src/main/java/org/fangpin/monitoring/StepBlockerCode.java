package org.fangpin.monitoring;

/** 办理障碍代码: the rules that refuse a step of a case whatever its input, by the code a client reads. */
public enum StepBlockerCode {

	/** A condition of elimination is not met ({@link EliminationCheck}). */
	ELIMINATION_CONDITION,
	/** Seed 001: only the case's contact cadre reports that the household reached the standard. */
	CONTACT_CADRE_ONLY,
	/** An announcement is made once. */
	ALREADY_ANNOUNCED,
	/** The village appraises and posts measures only once there is one. */
	NO_MEASURE,
	/** The township files the measures the village posted. */
	NO_MEASURE_NOTICE,
	/** The measures last posted are filed once. */
	MEASURES_FILED,
	/** Seed 004: the county rolls back or clears on the township's written application. */
	NO_APPLICATION,
	/** The case is closed: nothing more is planned for it. */
	CASE_CLOSED

}
