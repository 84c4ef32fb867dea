package org.fangpin.campaign;

import java.time.LocalDate;
import java.util.List;

import org.fangpin.grid.Grid;
import org.fangpin.monitoring.CaseType;
import org.fangpin.monitoring.RiskType;
import org.jspecify.annotations.Nullable;

/** The progress table (附件1) as the schema shows it. */
final class Progress {

	private Progress() {
	}

	record CampaignProgress(LocalDate asOf, LocalDate weekStartsOn, List<ProgressRow> rows, ProgressRow total) {
	}

	/** @param grid null on the total row */
	record ProgressRow(@Nullable Grid grid, ProgressFigures week, ProgressFigures cumulative) {
	}

	record ProgressFigures(int householdsInspected, int peopleInspected, int alleviatedHouseholds,
			int alleviatedPeople, int monitoredHouseholds, int monitoredPeople, int inspectors, int concludedInclude,
			int concludedExclude, List<IncludedCount> included, List<CauseCount> includedByCause, int lookBacks,
			int reviews, int rolledBack, int cleared, int problemsFound, int problemsRectified,
			int dataCorrected, int deploymentMeetings, int trainings, int peopleTrained) {
	}

	record IncludedCount(CaseType type, int households, int people) {
	}

	record CauseCount(RiskType riskType, int households) {
	}

}
