package org.fangpin.statistics;

import java.time.Instant;
import java.util.List;

import org.fangpin.grid.Grid;

/**
 * 统计数据: the dashboard figures of one grid.
 *
 * @param grid the grid
 * @param households 户数
 * @param people 人数
 * @param alleviatedHouseholds 脱贫户数
 * @param monitoredHouseholds 监测户数: households whose case is identified and not eliminated
 * @param identifyingHouseholds 识别中户数: households whose case is still in the identification procedure
 * @param activeCasesByType active cases by object type
 * @param casesByStatus every case (also closed ones) by status
 * @param activeCasesByRiskType active cases by risk type (a case of two risks counts under both)
 * @param overdueCases cases still being identified after their deadline
 * @param identifiedThisYear cases identified since 1 January
 * @param eliminatedThisYear cases whose risk was eliminated since 1 January
 * @param measuresByCategory measures by category
 * @param measuresByStatus measures by status
 * @param visitedThisMonth households visited since the first of the month
 * @param incomeBelowLine households whose latest income is under the line per capita
 * @param dataQualityFindings data-quality findings by kind (what to check and correct)
 */
public record GridFigures(Grid grid, int households, int people, int alleviatedHouseholds, int monitoredHouseholds,
		int identifyingHouseholds, List<Breakdown> activeCasesByType, List<Breakdown> casesByStatus, List<Breakdown> activeCasesByRiskType,
		int overdueCases, int identifiedThisYear, int eliminatedThisYear, List<Breakdown> measuresByCategory,
		List<Breakdown> measuresByStatus, int visitedThisMonth, int incomeBelowLine,
		List<Breakdown> dataQualityFindings) {

	/** 分类计数: how many of one kind (an enum value's name). */
	public record Breakdown(String key, int count) {
	}

	/** 网格统计: a grid's figures, and those of each of its child grids, as counted at {@code asOf}. */
	public record GridStatistics(Grid grid, Instant asOf, GridFigures total, List<GridFigures> children) {
	}

}
