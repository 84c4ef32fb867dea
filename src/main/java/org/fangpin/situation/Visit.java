package org.fangpin.situation;

import java.time.Instant;
import java.util.Objects;

import org.fangpin.security.ActedBy;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code visit}: one visit to a household, by the caller who recorded it.
 *
 * @param clientKey the key the client made for this visit, so that a retry records it once (null if none)
 */
public record Visit(long id, long householdId, String visitorName, String visitorRoles, VisitMethod method,
		Instant visitedAt, boolean riskFound, @Nullable String riskNote, boolean policyAware, @Nullable String note,
		Instant recordedAt, @Nullable String clientKey) implements ActedBy {

	@Override
	public String actingRoles() {
		return this.visitorRoles;
	}

	/** The same visit as {@code other} says it was: what the visitor found, whoever typed it in and when. */
	boolean sameAs(Visit other) {
		return this.householdId == other.householdId && this.method == other.method
				&& this.visitedAt.equals(other.visitedAt) && this.riskFound == other.riskFound
				&& Objects.equals(this.riskNote, other.riskNote) && this.policyAware == other.policyAware
				&& Objects.equals(this.note, other.note);
	}

}
