package org.fangpin.situation;

import java.time.Instant;

import org.fangpin.security.fields.ActedBy;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code visit}: one visit to a household, by the caller who recorded it.
 *
 * @param recordedAt when the server received it
 * @param actedAt when the device says it was recorded (a visit typed in offline and sent later), null if it did
 * not say
 */
public record Visit(long id, long householdId, String visitorName, String visitorRoles, VisitMethod method,
		Instant visitedAt, boolean riskFound, @Nullable String riskNote, boolean policyAware, @Nullable String note,
		Instant recordedAt, @Nullable Instant actedAt) implements ActedBy {

	@Override
	public String actingRoles() {
		return this.visitorRoles;
	}

}
