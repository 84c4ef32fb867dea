package org.fangpin.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * A checked case filter, as the mapper uses it.
 *
 * @param overdueAt if set, only cases still identifying whose deadline is before this instant
 * @param work if not empty, only the cases of this work waiting (a work list)
 * @param identifiedLate if set, only cases identified after their deadline (true) or by it (false)
 * @param contactCadreSubject if set, only the active cases whose contact cadre is this account
 */
record CaseQuery(Set<CaseStatus> statuses, @Nullable CaseType type, @Nullable RiskType riskType,
		@Nullable GridCode grid, @Nullable Instant overdueAt, @Nullable String contactCadre,
		@Nullable Instant identifiedFrom, @Nullable Instant identifiedBefore, List<Work> work,
		@Nullable Boolean identifiedLate, @Nullable String contactCadreSubject) {

	/**
	 * Work waiting for one duty: cases under its grid in the statuses whose step it takes, and, for the duty that
	 * assigns contact cadres, monitored cases without one, and for the duty that proposes elimination, monitored
	 * cases whose contact cadre reported the standard reached. A work list is the cases of any of its duties' work.
	 */
	record Work(GridCode grid, Set<CaseStatus> statuses, boolean withoutContactCadre, boolean withStandardReported) {

		/** For the SQL: the household column of the duty's grid level. */
		public String getGridColumn() {
			return this.grid.level().getHouseholdColumn();
		}

	}

	/** For the SQL: the column of the filter grid's level. */
	public @Nullable String getGridColumn() {
		return (this.grid != null) ? this.grid.level().getHouseholdColumn() : null;
	}

	public Set<CaseStatus> getIdentifyingStatuses() {
		return CaseStatus.IDENTIFYING;
	}

}
