package org.fangpin.monitoring;

import java.time.Instant;
import java.util.Set;

import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * A checked case filter, as the mapper uses it.
 *
 * @param overdueAt if set, only cases still identifying whose deadline is before this instant
 * @param withoutContactCadre also (besides {@code statuses}) monitored cases without a contact cadre
 * @param identifiedLate if set, only cases identified after their deadline (true) or by it (false)
 */
record CaseQuery(Set<CaseStatus> statuses, @Nullable CaseType type, @Nullable RiskType riskType,
		@Nullable GridCode grid, @Nullable Instant overdueAt, @Nullable String contactCadre,
		@Nullable Instant identifiedFrom, @Nullable Instant identifiedBefore, boolean withoutContactCadre,
		@Nullable Boolean identifiedLate) {

	/** For the SQL: the column of the filter grid's level. */
	public @Nullable String getGridColumn() {
		return (this.grid != null) ? this.grid.level().getHouseholdColumn() : null;
	}

	public Set<CaseStatus> getIdentifyingStatuses() {
		return CaseStatus.IDENTIFYING;
	}

}
