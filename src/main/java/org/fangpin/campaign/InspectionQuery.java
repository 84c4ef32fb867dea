package org.fangpin.campaign;

import java.time.LocalDate;

import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * Which inspections a list holds, as the SQL reads it: of a campaign, a household or the households under a
 * grid ({@code gridColumn}: the household column of the grid's level), inspected between two days, with a
 * risk found or not, concluded by the village meeting or not. Null means any.
 */
record InspectionQuery(@Nullable Long campaignId, @Nullable Long householdId, @Nullable String gridColumn,
		@Nullable String grid, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Boolean riskFound,
		@Nullable Boolean concluded) {

	/** The days of a week as campaignProgress counts it: the seven ending on {@code weekEndingOn}. */
	static final int WEEK_DAYS = 7;

	static InspectionQuery of(@Nullable InspectionFilter filter) {
		if (filter == null) {
			return new InspectionQuery(null, null, null, null, null, null, null, null);
		}
		LocalDate end = filter.weekEndingOn();
		return new InspectionQuery(null, null, null, null, (end != null) ? end.minusDays(WEEK_DAYS - 1) : null, end,
				filter.riskFound(), filter.concluded());
	}

	InspectionQuery ofCampaign(long id) {
		return new InspectionQuery(id, this.householdId, this.gridColumn, this.grid, this.from, this.to,
				this.riskFound, this.concluded);
	}

	InspectionQuery ofHousehold(long id) {
		return new InspectionQuery(this.campaignId, id, this.gridColumn, this.grid, this.from, this.to,
				this.riskFound, this.concluded);
	}

	InspectionQuery under(GridCode code) {
		return new InspectionQuery(this.campaignId, this.householdId, code.level().getHouseholdColumn(), code.value(),
				this.from, this.to, this.riskFound, this.concluded);
	}

	/** The schema's {@code InspectionFilter}. */
	record InspectionFilter(@Nullable LocalDate weekEndingOn, @Nullable Boolean riskFound,
			@Nullable Boolean concluded) {
	}

}
