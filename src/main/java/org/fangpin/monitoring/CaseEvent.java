package org.fangpin.monitoring;

import java.time.Instant;

import org.fangpin.security.fields.ActedBy;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code case_event}: one entry of a case's timeline, written with the step and never changed.
 *
 * @param evidence what the step recorded (dates, participants, findings, reasons), as JSON
 */
public record CaseEvent(long id, long caseId, Instant occurredAt, String actorName, String actorRoles,
		String actorGrids, String action, @Nullable CaseStatus fromStatus, CaseStatus toStatus, @Nullable String note,
		String evidence) implements ActedBy {

	@Override
	public String actingRoles() {
		return this.actorRoles;
	}
}
