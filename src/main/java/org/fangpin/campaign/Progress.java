package org.fangpin.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fangpin.grid.Grid;
import org.fangpin.monitoring.CaseType;
import org.fangpin.monitoring.RiskType;
import org.jspecify.annotations.Nullable;

/** The progress table (附件1) as the schema and the spreadsheet show it. */
public final class Progress {

	private Progress() {
	}

	public record CampaignProgress(LocalDate asOf, LocalDate weekStartsOn, List<ProgressRow> rows, ProgressRow total) {
	}

	/** @param grid null on the total row */
	public record ProgressRow(@Nullable Grid grid, ProgressFigures week, ProgressFigures cumulative) {
	}

	/**
	 * The figures of one row and period: a count per column of 附件1 (every column has one, zero or not), and
	 * the cases identified by type and by cause.
	 */
	public record ProgressFigures(Map<ProgressColumn, Integer> counts, List<IncludedCount> included,
			List<CauseCount> includedByCause) {

		public int get(ProgressColumn column) {
			return this.counts.getOrDefault(column, 0);
		}

	}

	public record IncludedCount(CaseType type, int households, int people) {

		IncludedCount plus(int moreHouseholds, int morePeople) {
			return new IncludedCount(this.type, this.households + moreHouseholds, this.people + morePeople);
		}

	}

	public record CauseCount(RiskType riskType, int households) {
	}

}
