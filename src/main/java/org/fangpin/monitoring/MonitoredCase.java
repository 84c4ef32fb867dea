package org.fangpin.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.graphql.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code monitored_case}: one monitoring episode of one household.
 *
 * @param discoveredAt when its first lead was received (the channel's day, else the report)
 * @param deadline discovery plus the identification period (15 days): identification must be done by then
 */
public record MonitoredCase(long id, long householdId, CaseType type, String riskTypes, CaseStatus status,
		Instant discoveredAt, Instant deadline, @Nullable Instant identifiedAt, @Nullable Instant closedAt,
		@Nullable String contactCadreName, @Nullable String contactCadrePhone, Instant createdAt, Instant updatedAt,
		int version) {

	/** The day the first lead was received: no step of the case nor completion of its measures is dated earlier. */
	public LocalDate receivedOn() {
		return LocalDate.ofInstant(this.discoveredAt, InputCheck.ZONE);
	}

	/** Still being identified after the deadline. */
	public boolean isOverdue(Instant now) {
		return CaseStatus.IDENTIFYING.contains(this.status) && now.isAfter(this.deadline);
	}

	/**
	 * Days (begun) between the deadline and identification, or until now while still identifying, or until
	 * the case closed unidentified: 0 when on time. Derived from the stored times, so approval keeps it
	 * (inspections count late identifications).
	 */
	public long daysLate(Instant now) {
		Instant end = (this.identifiedAt != null) ? this.identifiedAt
				: (CaseStatus.IDENTIFYING.contains(this.status) || this.closedAt == null) ? now : this.closedAt;
		if (!end.isAfter(this.deadline)) {
			return 0;
		}
		long millis = Duration.between(this.deadline, end).toMillis();
		long day = Duration.ofDays(1).toMillis();
		return (millis + day - 1) / day;
	}

}
