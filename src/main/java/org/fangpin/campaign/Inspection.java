package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;

import org.fangpin.situation.VisitMethod;
import org.jspecify.annotations.Nullable;

/** A row of {@code inspection}: one household inspected in a campaign (附件2/3), and the meeting's conclusion. */
public record Inspection(long id, long campaignId, long householdId, String inspectorSubject, String inspectorName,
		String inspectorRoles, VisitMethod method, LocalDate inspectedOn, boolean riskFound, boolean policyAware,
		@Nullable String familySituation, @Nullable String note, @Nullable InspectionConclusion conclusion,
		@Nullable LocalDate concludedOn, @Nullable String concludedBy, @Nullable Long leadId, Instant recordedAt,
		@Nullable Instant actedAt, int version) {
}
