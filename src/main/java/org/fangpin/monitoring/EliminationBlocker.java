package org.fangpin.monitoring;

/**
 * A condition of elimination that is not met: which one, what a cadre reads about it, and what would lift it.
 *
 * @param message in Chinese, e.g. {@code 有2项帮扶措施未完成}
 * @param liftedBy in Chinese, what lifts it and with which mutation, e.g. {@code 完成这些措施（updateMeasure）}
 */
public record EliminationBlocker(EliminationCheck check, String message, String liftedBy) {

	/** As a refusal names it: the message, its code and the way out. */
	String describe() {
		return this.message + "（" + this.check + "；解除：" + this.liftedBy + "）";
	}

}
