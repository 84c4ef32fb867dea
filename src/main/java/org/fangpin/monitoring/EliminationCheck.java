package org.fangpin.monitoring;

/**
 * 风险消除条件: what must hold before the county declares a risk eliminated (seeds 001, 003, 004: income
 * stably above the line, 两不愁三保障 and drinking water secured, the measures carried out).
 */
public enum EliminationCheck {

	/** Every planned measure of the case is completed (措施落实到位). */
	MEASURES_COMPLETED,
	/** No guarantee is NOT_SECURED as last assessed. */
	GUARANTEES_SECURED,
	/** A recent visit assessed all six guarantees as SECURED. */
	RECENT_SECURED_VISIT,
	/** An income record of this or last year, compared with the line of its year and region, is above it. */
	INCOME_ABOVE_LINE

}
