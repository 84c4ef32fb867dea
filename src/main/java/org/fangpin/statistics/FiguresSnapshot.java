package org.fangpin.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fangpin.graphql.InputCheck;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.quality.FindingSweep;
import org.fangpin.quality.QualityService;
import org.fangpin.security.rows.Scope;
import org.fangpin.statistics.Figures.Figure;
import org.fangpin.statistics.StatisticsMapper.CaseTally;
import org.fangpin.statistics.StatisticsMapper.MeasureTally;
import org.fangpin.statistics.StatisticsMapper.SnapshotFigure;
import org.fangpin.statistics.StatisticsMapper.SnapshotRow;
import org.fangpin.statistics.StatisticsMapper.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 统计快照: every grid's figures, counted ahead of the requests. Counting a county's figures live takes about a
 * second (a GROUP BY over its 150,000 households and what hangs off them); a dashboard reads the snapshot's rows
 * of one grid and its children instead, a few hundred rows at any level. The data-quality findings are counted
 * from what the sweep recorded (its open rows), not checked again: the checks are most of the cost of counting a
 * county, and the sweep runs them anyway; a county never swept (a fresh start) is swept before it is counted. The snapshot is counted right after
 * start and then every {@code fangpin.statistics.refresh-interval}, and replaced whole in one transaction, so a
 * dashboard sees the previous figures or the new ones, never a mix. With several instances, one counts at a time:
 * an instance claims its turn on the snapshot's row and skips it when another refreshed within half the interval
 * or is counting now ({@code fangpin.statistics.count-claim}); a dashboard's first count on a database never
 * counted locks the snapshot's row before replacing it and leaves it alone when a later refresh has written.
 */
@Component
class FiguresSnapshot implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(FiguresSnapshot.class);

	private static final List<String> IDENTIFYING = CaseStatus.names(CaseStatus::isIdentifying);

	/** Rows per insert statement: a few thousand bound values, as docs/scaling.md asks. */
	private static final int ROWS_PER_INSERT = 500;

	private final StatisticsMapper figures;

	private final QualityService quality;

	private final FindingSweep sweep;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Duration interval;

	private final Duration countClaim;

	private final ScheduledExecutorService refreshes;

	FiguresSnapshot(StatisticsMapper figures, QualityService quality, FindingSweep sweep, Clock clock,
			PlatformTransactionManager transactions,
			StatisticsProperties properties) {
		this.figures = figures;
		this.quality = quality;
		this.sweep = sweep;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.interval = properties.refreshInterval();
		this.countClaim = properties.countClaim();
		this.refreshes = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("statistics-snapshot").factory());
	}

	/** Off the start-up path: the first count takes seconds for a county. */
	@EventListener(ApplicationReadyEvent.class)
	void scheduleAtStart() {
		if (this.interval.isZero()) {
			logger.info("Statistics snapshot: no schedule (fangpin.statistics.refresh-interval is 0); counted when first asked for");
			return;
		}
		this.refreshes.scheduleWithFixedDelay(this::refreshInTurn, 0, this.interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.refreshes.shutdownNow();
	}

	/**
	 * The snapshot's figures of {@code grid} and of its children within {@code scope}, by grid code, and when
	 * they were counted. A database that was never counted is counted now.
	 */
	Snapshot read(Scope scope, GridCode grid) {
		List<SnapshotRow> rows = this.figures.snapshot(scope, grid.value());
		if (rows.getFirst().asOf() == null) {
			countIfNeverCounted();
			rows = this.figures.snapshot(scope, grid.value());
		}
		Map<String, Figures> byGrid = new HashMap<>();
		for (SnapshotRow row : rows) {
			if (row.code() != null && row.figure() != null && row.figureKey() != null) {
				byGrid.computeIfAbsent(row.code(), (code) -> new Figures())
					.add(Figure.valueOf(row.figure()), row.figureKey(), row.figureValue());
			}
		}
		Instant asOf = rows.getFirst().asOf();
		if (asOf == null) {
			throw new IllegalStateException("The statistics snapshot was not written");
		}
		return new Snapshot(asOf, byGrid);
	}

	/** When the snapshot's figures were counted. A database that was never counted is counted now. */
	Instant asOf() {
		Instant asOf = this.figures.snapshotTime();
		if (asOf == null) {
			countIfNeverCounted();
			asOf = this.figures.snapshotTime();
		}
		if (asOf == null) {
			throw new IllegalStateException("The statistics snapshot was not written");
		}
		return asOf;
	}

	/** Figures by grid code, counted at {@code asOf}. */
	record Snapshot(Instant asOf, Map<String, Figures> byGrid) {

		Figures of(String code) {
			return this.byGrid.getOrDefault(code, new Figures());
		}

	}

	/**
	 * Counts every grid's figures and replaces the snapshot with them, unless a refresh that started later has
	 * replaced it meanwhile; returns the time the figures in the snapshot were counted.
	 */
	synchronized Instant refresh() {
		long start = System.nanoTime();
		// to the second, as every database keeps it (MySQL Connector/J sends MariaDB no fractions of a second), so
		// that the time read back is the time returned
		Instant asOf = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		// the findings are counted from what the sweep recorded: a county never swept would show none
		this.sweep.sweepNeverSwept();
		Map<String, Figures> byGroup = new HashMap<>();
		// a township at a time: each statement reads some 10,000 households, not a county's 150,000 at once
		for (String township : this.figures.townships()) {
			countGroups(new GridCode(township), byGroup);
		}
		List<SnapshotFigure> rows = rows(rollUp(byGroup));
		long counted = System.nanoTime();
		Instant written = this.transaction.execute((status) -> {
			Instant current = this.figures.lockSnapshot();
			if (current != null && current.isAfter(asOf)) {
				return current;
			}
			this.figures.deleteSnapshot();
			for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
				this.figures.insertSnapshot(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
			}
			this.figures.markSnapshot(asOf);
			return asOf;
		});
		logger.info("Statistics snapshot of {}: {} rows, counted in {} ms, {} in {} ms", asOf, rows.size(),
				(counted - start) / 1_000_000, asOf.equals(written) ? "written" : "left (a later one was written)",
				(System.nanoTime() - counted) / 1_000_000);
		return (written != null) ? written : asOf;
	}

	/** The first dashboards wait for the first count (the one at start, or one of their own), not each for its own. */
	private synchronized void countIfNeverCounted() {
		if (this.figures.snapshotTime() == null) {
			refresh();
		}
	}

	/** A scheduled refresh: skipped when another instance refreshed within half the interval, or is counting. */
	private void refreshInTurn() {
		try {
			Instant now = this.clock.instant();
			if (this.figures.claimCount(now, now.minus(this.interval.dividedBy(2)), now.minus(this.countClaim)) == 0) {
				return;
			}
			try {
				refresh();
			}
			finally {
				this.figures.releaseCount();
			}
		}
		catch (DataAccessException | IllegalStateException ex) {
			// the next turn tries again; meanwhile dashboards show the previous figures and their time
			logger.warn("Could not refresh the statistics snapshot: {}", ex.toString());
		}
	}

	/** The figures of each group grid under {@code grid}, counted in its scope. */
	private void countGroups(GridCode grid, Map<String, Figures> byGroup) {
		Scope scope = Scope.under(List.of(grid));
		List<GridCode> lineage = grid.lineage();
		String groups = GridLevel.GROUP.getHouseholdColumn();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		Instant yearStart = today.withDayOfYear(1).atStartOfDay(InputCheck.ZONE).toInstant();
		Instant monthStart = YearMonth.from(today).atDay(1).atStartOfDay(InputCheck.ZONE).toInstant();
		for (Tally tally : this.figures.households(scope, lineage, groups)) {
			of(byGroup, tally.grid()).add(
					tally.kind().equals("ALLEVIATED") ? Figure.ALLEVIATED_HOUSEHOLDS : Figure.HOUSEHOLDS, tally.count());
		}
		this.figures.people(scope, lineage, groups)
			.forEach((tally) -> of(byGroup, tally.grid()).add(Figure.PEOPLE, tally.count()));
		for (CaseTally tally : this.figures.cases(scope, lineage, groups, now, IDENTIFYING, yearStart)) {
			add(of(byGroup, tally.grid()), tally);
		}
		for (MeasureTally tally : this.figures.measures(scope, lineage, groups)) {
			Figures figures = of(byGroup, tally.grid());
			figures.add(Figure.MEASURES_BY_CATEGORY, tally.category(), tally.count());
			figures.add(Figure.MEASURES_BY_STATUS, tally.status(), tally.count());
		}
		this.figures.visited(scope, lineage, groups, monthStart)
			.forEach((tally) -> of(byGroup, tally.grid()).add(Figure.VISITED_THIS_MONTH, tally.count()));
		this.figures.belowIncomeLine(scope, lineage, groups)
			.forEach((tally) -> of(byGroup, tally.grid()).add(Figure.INCOME_BELOW_LINE, tally.count()));
		this.quality.openCountsByChild(scope, grid, groups)
			.forEach((group, byKind) -> byKind.forEach((kind, count) -> of(byGroup, group)
				.add(Figure.DATA_QUALITY_FINDINGS, kind.name(), count)));
	}

	private static void add(Figures figures, CaseTally tally) {
		figures.add(Figure.CASES_BY_STATUS, tally.status(), tally.count());
		CaseStatus status = CaseStatus.valueOf(tally.status());
		if (status.isMonitored()) {
			figures.add(Figure.MONITORED_HOUSEHOLDS, tally.count());
		}
		else if (status.isIdentifying()) {
			figures.add(Figure.IDENTIFYING_HOUSEHOLDS, tally.count());
		}
		if (status.isActive()) {
			figures.add(Figure.ACTIVE_CASES_BY_TYPE, tally.type(), tally.count());
			for (RiskType risk : RiskTypes.parse(tally.riskTypes())) {
				figures.add(Figure.ACTIVE_CASES_BY_RISK_TYPE, risk.name(), tally.count());
			}
		}
		figures.add(Figure.OVERDUE_CASES, tally.overdue());
		figures.add(Figure.IDENTIFIED_THIS_YEAR, tally.identifiedThisYear());
		figures.add(Figure.ELIMINATED_THIS_YEAR, tally.eliminatedThisYear());
	}

	/** Every grid's figures: a group's own, summed into its village, township and county. */
	private static Map<GridCode, Figures> rollUp(Map<String, Figures> byGroup) {
		Map<GridCode, Figures> byGrid = new HashMap<>();
		byGroup.forEach((group, figures) -> new GridCode(group).lineage()
			.forEach((grid) -> byGrid.computeIfAbsent(grid, (code) -> new Figures()).add(figures)));
		return byGrid;
	}

	private static List<SnapshotFigure> rows(Map<GridCode, Figures> byGrid) {
		List<SnapshotFigure> rows = new ArrayList<>();
		byGrid.forEach((grid, figures) -> {
			List<GridCode> lineage = grid.lineage();
			String parent = (lineage.size() > 1) ? lineage.get(lineage.size() - 2).value() : null;
			figures.forEach((figure, key, count) -> rows
				.add(new SnapshotFigure(grid.value(), parent, figure.name(), key, count)));
		});
		return rows;
	}

	private static Figures of(Map<String, Figures> byGroup, String group) {
		return byGroup.computeIfAbsent(group, (code) -> new Figures());
	}

}
