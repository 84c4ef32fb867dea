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
 * @param contactCadreSubject the contact cadre's account (null for a name typed in before contacts were accounts)
 * @param standardReportedAt when the contact cadre reported the elimination standard reached, until the case moves
 */
public record MonitoredCase(long id, long householdId, CaseType type, String riskTypes, CaseStatus status,
		Instant discoveredAt, Instant deadline, @Nullable Instant identifiedAt, @Nullable Instant closedAt,
		@Nullable String contactCadreName, @Nullable String contactCadrePhone, @Nullable String contactCadreSubject,
		@Nullable Instant standardReportedAt, Instant createdAt, Instant updatedAt, int version) {

	/**
	 * The case after a move to {@code to} at {@code now}: identified on first reaching monitoring, closed when it
	 * ends.
	 */
	MonitoredCase movedTo(CaseStatus to, Instant now) {
		Instant identified = (this.identifiedAt == null && to == CaseStatus.MONITORING) ? now : this.identifiedAt;
		// a step that does not move a closed case (its announcement, an application, a correction) keeps its end
		Instant closed = to.isActive() ? null : (to == this.status && this.closedAt != null) ? this.closedAt : now;
		// the contact's report is answered by the village's next move (its proposal), or void once the case moves
		Instant reported = (to == this.status) ? this.standardReportedAt : null;
		return new MonitoredCase(this.id, this.householdId, this.type, this.riskTypes, to, this.discoveredAt,
				this.deadline, identified, closed, this.contactCadreName, this.contactCadrePhone, this.contactCadreSubject,
				reported, this.createdAt, now, this.version + 1);
	}

	/** The case with the risks of another lead added to its own (a household never has two active cases). */
	MonitoredCase withRisksOf(Lead lead, Instant now) {
		return new MonitoredCase(this.id, this.householdId, this.type,
				RiskTypes.union(this.riskTypes, RiskTypes.parse(lead.riskTypes())), this.status, this.discoveredAt,
				this.deadline, this.identifiedAt, this.closedAt, this.contactCadreName, this.contactCadrePhone,
				this.contactCadreSubject, this.standardReportedAt, this.createdAt, now, this.version + 1);
	}

	/** The case with this contact cadre: a cadre's account, by their name and phone. */
	MonitoredCase withContactCadre(String name, @Nullable String phone, String subject) {
		return new MonitoredCase(this.id, this.householdId, this.type, this.riskTypes, this.status, this.discoveredAt,
				this.deadline, this.identifiedAt, this.closedAt, name, phone, subject, this.standardReportedAt,
				this.createdAt, this.updatedAt, this.version);
	}

	/** The case with its contact cadre's report that the elimination standard is reached. */
	MonitoredCase withStandardReported(Instant at) {
		return new MonitoredCase(this.id, this.householdId, this.type, this.riskTypes, this.status, this.discoveredAt,
				this.deadline, this.identifiedAt, this.closedAt, this.contactCadreName, this.contactCadrePhone,
				this.contactCadreSubject, at, this.createdAt, this.updatedAt, this.version);
	}

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
