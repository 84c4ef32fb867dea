package org.fangpin.monitoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code monitored_case}: one monitoring episode of one household.
 *
 * @param deadline discovery plus the identification period (15 days): identification must be done by then
 */
public record MonitoredCase(long id, long householdId, CaseType type, String riskTypes, CaseStatus status,
		Instant discoveredAt, Instant deadline, @Nullable Instant identifiedAt, @Nullable Instant closedAt,
		@Nullable String contactCadreName, @Nullable String contactCadrePhone, Instant createdAt, Instant updatedAt,
		int version) {

	/** Still being identified after the deadline. */
	public boolean isOverdue(Instant now) {
		return CaseStatus.IDENTIFYING.contains(this.status) && now.isAfter(this.deadline);
	}

}
