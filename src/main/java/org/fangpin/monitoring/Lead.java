package org.fangpin.monitoring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A row of {@code risk_lead}: a reported risk of a household, and what was decided about it. */
public record Lead(long id, long householdId, LeadSource source, String riskTypes, String description,
		LeadStatus status, @Nullable Long caseId, @Nullable String dismissalReason, @Nullable String helpNote,
		String reportedBy, Instant reportedAt, @Nullable String decidedBy, @Nullable Instant decidedAt, int version) {
}
