package org.fangpin.monitoring;

import java.time.Instant;

import java.util.stream.Collectors;

import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code case_event}: one entry of a case's timeline, written with the step and never changed.
 *
 * @param evidence what the step recorded (dates, participants, findings, reasons), as JSON
 */
public record CaseEvent(long id, long caseId, Instant occurredAt, String actorName, String actorRoles,
		String actorGrids, String action, @Nullable CaseStatus fromStatus, CaseStatus toStatus, @Nullable String note,
		String evidence) {

	/**
	 * The event as the household's resident sees it: what happened and when, by which role, but no names,
	 * grids, notes or recorded findings (override and clearance reasons are the county's business).
	 */
	CaseEvent forResident() {
		String roles = Role.listOf(this.actorRoles).stream().map(Role::realmRole).collect(Collectors.joining(","));
		String by = Role.listOf(this.actorRoles).stream().map(Role::label).collect(Collectors.joining("、"));
		return new CaseEvent(this.id, this.caseId, this.occurredAt, by.isEmpty() ? "系统" : by, roles, "", this.action,
				this.fromStatus, this.toStatus, null, "{}");
	}
}
