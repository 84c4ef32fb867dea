package org.fangpin.monitoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the elimination conditions are asked about at a step of the elimination.
 *
 * @param kind the kind of elimination where it is declared (the county's approval); null at the village's and
 * township's steps, which check what every kind needs
 * @param rolledBackAt when the case was last rolled back, if it was: evidence must be newer than that
 */
public record EliminationSubject(MonitoredCase monitoredCase, @Nullable EliminationKind kind,
		@Nullable Instant rolledBackAt) {

	public long householdId() {
		return this.monitoredCase.householdId();
	}

}
