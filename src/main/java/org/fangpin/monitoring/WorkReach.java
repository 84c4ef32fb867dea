package org.fangpin.monitoring;

import java.util.List;
import java.util.Set;

import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.duties.Duty;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * How far one duty of the caller reaches into a kind of work: the work under its grid that it takes, or, once
 * late, the work the level right below it takes (seeds 001 and 004: what is late goes up a level, 逐级上报).
 *
 * @param lateOnly the duty sees this work only once it is late: it is the level above the one that acts
 * @param statuses for identification steps, the statuses whose step is meant; empty for other kinds
 */
public record WorkReach(GridCode grid, boolean lateOnly, Set<CaseStatus> statuses) {

	/** For the SQL: the household column of the duty's grid level. */
	public String getGridColumn() {
		return this.grid.level().getHouseholdColumn();
	}

	/** Whether this reach takes the work of a household in group {@code groupCode} (in {@code status}). */
	public boolean covers(String groupCode, @Nullable CaseStatus status) {
		return groupCode.startsWith(this.grid.value()) && (this.statuses.isEmpty() || this.statuses.contains(status));
	}

	/** Whether a work item is escalated to the caller: none of the reaches that act on it covers it. */
	public static boolean escalated(List<WorkReach> reaches, String groupCode, @Nullable CaseStatus status) {
		return reaches.stream().filter((reach) -> !reach.lateOnly()).noneMatch((reach) -> reach.covers(groupCode, status));
	}

	/** The reach of one held duty over the work of the step {@code step}: acting, escalated, or none. */
	public static List<WorkReach> of(Duty step, HeldDuty held) {
		if (step.isTakenBy(held)) {
			return List.of(new WorkReach(held.grid(), false, Set.of()));
		}
		if (escalatesTo(step) == held.role()) {
			return List.of(new WorkReach(held.grid(), true, Set.of()));
		}
		return List.of();
	}

	/**
	 * The officer right above the highest level that takes the step: a village's step late goes to the
	 * township, a township's to the county; the county's own stays with it (there is nobody above in the
	 * county's system), and null for a step no level takes.
	 */
	static @Nullable Role escalatesTo(Duty step) {
		GridLevel acting = step.levels().values().stream().min(GridLevel::compareTo).orElse(null);
		if (acting == null || acting == GridLevel.COUNTY) {
			return null;
		}
		GridLevel above = GridLevel.values()[acting.ordinal() - 1];
		return (above == GridLevel.COUNTY) ? Role.COUNTY_OFFICER : Role.heldIn(above).orElse(null);
	}

}
