package org.fangpin.monitoring;

/**
 * 风险消除条件: what must hold at every step of an elimination (seeds 001, 003, 004: income stably above the
 * line, 两不愁三保障 and drinking water secured, the measures carried out, no risk left unweighed, a contact
 * cadre looking after the household). Each value is the code a refusal and {@code eliminationBlockers} name.
 */
public enum EliminationCheck {

	/** Every planned measure of the case is completed (措施落实到位). */
	MEASURES_COMPLETED,
	/** No guarantee is NOT_SECURED as last assessed. */
	GUARANTEES_SECURED,
	/** A recent visit assessed all six guarantees as SECURED. */
	RECENT_SECURED_VISIT,
	/** An income record of this or last year, compared with the line of its year and region, is above it. */
	INCOME_ABOVE_LINE,
	/** No risk lead of the household waits for the village's decision. */
	NO_OPEN_LEAD,
	/** The case has its contact cadre (一户一人). */
	CONTACT_CADRE,
	/** A STABLE elimination (帮扶后稳定消除) has a measure in effect or completed: assistance that made it stable. */
	MEASURE_TAKEN,
	/** After a rollback, an in-person visit or an income record newer than it: not the evidence it was rolled back on. */
	EVIDENCE_AFTER_ROLLBACK,
	/** The elimination steps already taken have the files the county requires of them (佐证材料). */
	REQUIRED_FILES

}
