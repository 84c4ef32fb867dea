package org.fangpin.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.graphql.InputCheck;
import org.fangpin.security.fields.WrittenByResident;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code risk_lead}: a reported risk of a household, and what was decided about it.
 *
 * @param ruleCause for a lead the screening rules raised, which rule: one open lead per household and cause
 * @param channelReference for a lead from the hotline, a petition or the media: the channel's own reference
 * @param receivedOn for such a lead: when the channel received it
 * @param decideBy when the village's decision (or, for a department's warning, the township's verification) is
 *     due: fixed when the lead came in, by its county's period
 */
public record Lead(long id, long householdId, LeadSource source, String riskTypes, String description,
		LeadStatus status, @Nullable Long caseId, @Nullable String dismissalReason, @Nullable String helpNote,
		String reportedBy, Instant reportedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String ruleCause, @Nullable String channelReference, @Nullable LocalDate receivedOn,
		Instant decideBy, @Nullable Instant actedAt, int version) implements WrittenByResident {

	/** A resident's own declaration (自主申报): its words and its author are theirs to read. */
	@Override
	public boolean writtenByResident() {
		return this.source == LeadSource.SELF_DECLARATION;
	}

	/**
	 * The lead as decided by {@code by} at {@code at}: accepted into case {@code caseId}, or dismissed with its
	 * reason and the help the household was pointed to.
	 */
	Lead decided(LeadStatus decision, @Nullable Long caseId, @Nullable String reason, @Nullable String help,
			String by, Instant at) {
		return new Lead(this.id, this.householdId, this.source, this.riskTypes, this.description, decision, caseId,
				reason, help, this.reportedBy, this.reportedAt, by, at, this.ruleCause, this.channelReference,
				this.receivedOn, this.decideBy, this.actedAt, this.version + 1);
	}

	/**
	 * When the lead came in: the start of the day its channel received it, where that was before the day it
	 * was recorded (a media lead typed in weeks later), else when it was reported. Seed 004's 15 days run from
	 * here, and no step of the procedure is dated before it.
	 */
	public Instant receivedAt() {
		return receivedAt(this.reportedAt, this.receivedOn);
	}

	/** {@link #receivedAt()} of a lead reported at {@code reportedAt} that its channel received on {@code receivedOn}. */
	static Instant receivedAt(Instant reportedAt, @Nullable LocalDate receivedOn) {
		if (receivedOn != null && receivedOn.isBefore(LocalDate.ofInstant(reportedAt, InputCheck.ZONE))) {
			return receivedOn.atStartOfDay(InputCheck.ZONE).toInstant();
		}
		return reportedAt;
	}

}
