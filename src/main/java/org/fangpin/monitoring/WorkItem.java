package org.fangpin.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fangpin.graphql.InputCheck;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * 待办事项: one thing a work list holds, with its clock. The work is the lead, case or measure of
 * {@code kind} whose row is {@code id}.
 *
 * @param since when the wait began: the lead's receipt (for a case: its first lead's), or when a measure was planned
 * @param dueAt when it is late: a lead's decision period or the case's 15 days from receipt, a measure's planned
 *     completion day ended
 * @param takenBy the roles whose duty it is
 * @param escalated shown to the caller because it is late at the level below, which acts on it
 */
public record WorkItem(WorkKind kind, long id, long householdId, @Nullable Long caseId, String label,
		List<Role> takenBy, Instant since, Instant dueAt, boolean escalated) {

	public boolean isLate(Instant now) {
		return now.isAfter(this.dueAt);
	}

	/** Whole days from today to the last day to act on it; null once late. */
	public @Nullable Long daysLeft(Instant now) {
		return isLate(now) ? null : ChronoUnit.DAYS.between(day(now), dueOn());
	}

	/** Days past the last day to act on it (1 on the day after it): 0 while on time. */
	public long daysLate(Instant now) {
		return isLate(now) ? Math.max(1, ChronoUnit.DAYS.between(dueOn(), day(now))) : 0;
	}

	/** Whole days since the wait began: a lead's age from its receipt. */
	public long ageDays(Instant now) {
		return ChronoUnit.DAYS.between(day(this.since), day(now));
	}

	/** The last day to act on it. */
	public LocalDate dueOn() {
		return day(this.dueAt.minusMillis(1));
	}

	private static LocalDate day(Instant instant) {
		return LocalDate.ofInstant(instant, InputCheck.ZONE);
	}

}
