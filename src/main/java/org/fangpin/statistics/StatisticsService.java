package org.fangpin.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.GridInScope;
import org.fangpin.statistics.FiguresSnapshot.Snapshot;
import org.fangpin.statistics.GridFigures.GridStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * 统计: a grid's figures broken down by its child grids, read from the snapshot ({@link FiguresSnapshot}). A
 * grid in the caller's scope has all its households in the scope, so its figures are the same for every
 * caller who may ask. A group grid has no children: its figures are its own.
 * <p>
 * So each grid's answer is read and assembled once per snapshot and kept until the snapshot's time changes: a
 * request then costs one statement (that time) instead of three (the grid, its children, some 700 rows of
 * figures for a county), which were most of its CPU. The children's names are those read with the figures.
 */
@Service
public class StatisticsService {

	/** At most this many grids' answers kept per snapshot: a county's townships and villages fit several times. */
	private static final int KEPT = 1_000;

	private final FiguresSnapshot snapshot;

	private final GridService grids;

	private volatile Answers answers = new Answers(Instant.EPOCH);

	StatisticsService(FiguresSnapshot snapshot, GridService grids) {
		this.snapshot = snapshot;
		this.grids = grids;
	}

	public GridStatistics statistics(Caller caller, @Nullable String gridCode) {
		GridCode code = GridInScope.of(caller, gridCode);
		Instant asOf = this.snapshot.asOf();
		Answers kept = this.answers;
		if (!kept.asOf().equals(asOf)) {
			kept = new Answers(asOf);
			this.answers = kept;
		}
		GridStatistics answer = kept.byGrid().get(code);
		if (answer == null) {
			answer = read(caller, code);
			// a refresh written in between: the answer is of the newer snapshot, which the next request keeps
			if (answer.asOf().equals(asOf) && kept.byGrid().size() < KEPT) {
				kept.byGrid().putIfAbsent(code, answer);
			}
		}
		return answer;
	}

	private GridStatistics read(Caller caller, GridCode code) {
		Grid grid = this.grids.get(caller, code.value());
		List<Grid> children = (code.level() == GridLevel.GROUP) ? List.of() : this.grids.list(caller, code.value());
		Snapshot figures = this.snapshot.read(caller.scope(), code);
		return new GridStatistics(grid, figures.asOf(), figures.of(code.value()).toFigures(grid),
				children.stream().map((child) -> figures.of(child.code().value()).toFigures(child)).toList());
	}

	/**
	 * Counts the snapshot now instead of at the next turn (after a bulk import, or where figures must be
	 * current); returns the time of the figures the dashboards now show. The answers kept are dropped: a
	 * refresh within the same second as the last one has the same time.
	 */
	public Instant refresh() {
		Instant asOf = this.snapshot.refresh();
		this.answers = new Answers(asOf);
		return asOf;
	}

	/** The answers of one snapshot, by grid. */
	private record Answers(Instant asOf, Map<GridCode, GridStatistics> byGrid) {

		Answers(Instant asOf) {
			this(asOf, new ConcurrentHashMap<>());
		}

	}

}
