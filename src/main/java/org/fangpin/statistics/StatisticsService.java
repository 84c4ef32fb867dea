package org.fangpin.statistics;

import java.time.Instant;
import java.util.List;

import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Caller;
import org.fangpin.security.GridInScope;
import org.fangpin.security.Scope;
import org.fangpin.statistics.FiguresSnapshot.Snapshot;
import org.fangpin.statistics.GridFigures.GridStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * 统计: a grid's figures broken down by its child grids, read from the snapshot ({@link FiguresSnapshot}). A
 * grid in the caller's scope has all its households in the scope, so its figures are the same for every
 * caller who may ask. A group grid has no children: its figures are its own.
 */
@Service
public class StatisticsService {

	private final FiguresSnapshot snapshot;

	private final GridService grids;

	StatisticsService(FiguresSnapshot snapshot, GridService grids) {
		this.snapshot = snapshot;
		this.grids = grids;
	}

	public GridStatistics statistics(Caller caller, @Nullable String gridCode) {
		GridCode code = GridInScope.of(caller, gridCode);
		Grid grid = this.grids.get(caller, code.value());
		List<Grid> children = (code.level() == GridLevel.GROUP) ? List.of() : this.grids.list(caller, code.value());
		Snapshot figures = this.snapshot.read(Scope.of(caller), code);
		return new GridStatistics(grid, figures.asOf(), figures.of(code.value()).toFigures(grid),
				children.stream().map((child) -> figures.of(child.code().value()).toFigures(child)).toList());
	}

	/**
	 * Counts the snapshot now instead of at the next turn (after a bulk import, or where figures must be
	 * current); returns the time of the figures the dashboards now show.
	 */
	public Instant refresh() {
		return this.snapshot.refresh();
	}

}
