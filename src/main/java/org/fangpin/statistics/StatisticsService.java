package org.fangpin.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.Function;

import org.fangpin.graphql.InputCheck;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.quality.FindingKind;
import org.fangpin.quality.QualityService;
import org.fangpin.security.Caller;
import org.fangpin.security.GridInScope;
import org.fangpin.security.Scope;
import org.fangpin.statistics.GridFigures.Breakdown;
import org.fangpin.statistics.GridFigures.GridStatistics;
import org.fangpin.statistics.StatisticsMapper.CaseTally;
import org.fangpin.statistics.StatisticsMapper.MeasureTally;
import org.fangpin.statistics.StatisticsMapper.Tally;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * 统计: a grid's figures broken down by its child grids, each figure one indexed GROUP BY over the households
 * under the grid within the caller's scope. A group grid has no children: its figures are its own.
 */
@Service
public class StatisticsService {

	private static final List<String> IDENTIFYING = Arrays.stream(CaseStatus.values())
		.filter(CaseStatus::isIdentifying)
		.map(CaseStatus::name)
		.toList();

	private final StatisticsMapper figures;

	private final GridService grids;

	private final Clock clock;

	private final QualityService quality;

	StatisticsService(StatisticsMapper figures, GridService grids, QualityService quality, Clock clock) {
		this.figures = figures;
		this.grids = grids;
		this.quality = quality;
		this.clock = clock;
	}

	public GridStatistics statistics(Caller caller, @Nullable String gridCode) {
		Scope scope = Scope.of(caller);
		GridCode code = GridInScope.of(caller, gridCode);
		Grid grid = this.grids.get(caller, code.value());
		List<Grid> children = (code.level() == GridLevel.GROUP) ? List.of() : this.grids.list(caller, code.value());
		GridLevel childLevel = (code.level() == GridLevel.GROUP) ? GridLevel.GROUP
				: GridLevel.values()[code.level().ordinal() + 1];
		Map<String, Figures> byChild = count(scope, code, childLevel.getHouseholdColumn());
		Figures total = new Figures();
		byChild.values().forEach(total::add);
		// the findings are the costly part of a dashboard: counted once, and only when asked for
		Findings findings = new Findings(() -> this.quality.countsByChild(caller, code, childLevel.getHouseholdColumn()));
		List<GridFigures> childFigures = children.stream()
			.map((child) -> byChild.getOrDefault(child.code().value(), new Figures())
				.toFigures(child, () -> findings.of(child.code().value())))
			.toList();
		return new GridStatistics(grid, total.toFigures(grid, findings::total), childFigures);
	}

	private Map<String, Figures> count(Scope scope, GridCode grid, String childColumn) {
		List<GridCode> levels = grid.lineage();
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		Instant yearStart = today.withDayOfYear(1).atStartOfDay(InputCheck.ZONE).toInstant();
		Instant monthStart = YearMonth.from(today).atDay(1).atStartOfDay(InputCheck.ZONE).toInstant();
		Map<String, Figures> byChild = new HashMap<>();
		Function<String, Figures> of = (child) -> byChild.computeIfAbsent(child, (key) -> new Figures());
		for (Tally tally : this.figures.households(scope, levels, childColumn)) {
			Figures figures = of.apply(tally.grid());
			if (tally.kind().equals("ALLEVIATED")) {
				figures.alleviated += tally.count();
			}
			else {
				figures.households += tally.count();
			}
		}
		this.figures.people(scope, levels, childColumn).forEach((tally) -> of.apply(tally.grid()).people += tally.count());
		for (CaseTally tally : this.figures.cases(scope, levels, childColumn, now, IDENTIFYING, yearStart)) {
			of.apply(tally.grid()).add(tally);
		}
		for (MeasureTally tally : this.figures.measures(scope, levels, childColumn)) {
			Figures figures = of.apply(tally.grid());
			figures.measuresByCategory.merge(tally.category(), tally.count(), Long::sum);
			figures.measuresByStatus.merge(tally.status(), tally.count(), Long::sum);
		}
		this.figures.visited(scope, levels, childColumn, monthStart)
			.forEach((tally) -> of.apply(tally.grid()).visited += tally.count());
		this.figures.belowIncomeLine(scope, levels, childColumn)
			.forEach((tally) -> of.apply(tally.grid()).belowLine += tally.count());
		return byChild;
	}

	/** The figures of one grid while they are being summed up. */
	private static final class Figures {

		long households;

		long people;

		long alleviated;

		long monitored;

		long overdue;

		long identifiedThisYear;

		long eliminatedThisYear;

		long visited;

		long belowLine;

		final Map<String, Long> activeByType = new TreeMap<>();

		final Map<String, Long> byStatus = new TreeMap<>();

		final Map<String, Long> activeByRisk = new TreeMap<>();

		final Map<String, Long> measuresByCategory = new TreeMap<>();

		final Map<String, Long> measuresByStatus = new TreeMap<>();

		void add(CaseTally tally) {
			this.byStatus.merge(tally.status(), tally.count(), Long::sum);
			if (CaseStatus.valueOf(tally.status()).isActive()) {
				this.monitored += tally.count();
				this.activeByType.merge(tally.type(), tally.count(), Long::sum);
				for (RiskType risk : RiskTypes.parse(tally.riskTypes())) {
					this.activeByRisk.merge(risk.name(), tally.count(), Long::sum);
				}
			}
			this.overdue += tally.overdue();
			this.identifiedThisYear += tally.identifiedThisYear();
			this.eliminatedThisYear += tally.eliminatedThisYear();
		}

		void add(Figures other) {
			this.households += other.households;
			this.people += other.people;
			this.alleviated += other.alleviated;
			this.monitored += other.monitored;
			this.overdue += other.overdue;
			this.identifiedThisYear += other.identifiedThisYear;
			this.eliminatedThisYear += other.eliminatedThisYear;
			this.visited += other.visited;
			this.belowLine += other.belowLine;
			other.activeByType.forEach((key, count) -> this.activeByType.merge(key, count, Long::sum));
			other.byStatus.forEach((key, count) -> this.byStatus.merge(key, count, Long::sum));
			other.activeByRisk.forEach((key, count) -> this.activeByRisk.merge(key, count, Long::sum));
			other.measuresByCategory.forEach((key, count) -> this.measuresByCategory.merge(key, count, Long::sum));
			other.measuresByStatus.forEach((key, count) -> this.measuresByStatus.merge(key, count, Long::sum));
		}

		GridFigures toFigures(Grid grid, Supplier<List<Breakdown>> findings) {
			return new GridFigures(grid, (int) this.households, (int) this.people, (int) this.alleviated,
					(int) this.monitored, breakdown(this.activeByType), breakdown(this.byStatus),
					breakdown(this.activeByRisk), (int) this.overdue, (int) this.identifiedThisYear,
					(int) this.eliminatedThisYear, breakdown(this.measuresByCategory), breakdown(this.measuresByStatus),
					(int) this.visited, (int) this.belowLine, findings);
		}

	}

	/** The data-quality findings under the grid by child grid, counted on first use. */
	private static final class Findings {

		private final Supplier<Map<String, Map<FindingKind, Long>>> source;

		private @Nullable Map<String, Map<FindingKind, Long>> byChild;

		Findings(Supplier<Map<String, Map<FindingKind, Long>>> source) {
			this.source = source;
		}

		synchronized Map<String, Map<FindingKind, Long>> byChild() {
			if (this.byChild == null) {
				this.byChild = this.source.get();
			}
			return this.byChild;
		}

		List<Breakdown> of(String child) {
			return breakdown(byChild().getOrDefault(child, Map.of()));
		}

		List<Breakdown> total() {
			Map<FindingKind, Long> sum = new TreeMap<>();
			byChild().values().forEach((counts) -> counts.forEach((kind, count) -> sum.merge(kind, count, Long::sum)));
			return breakdown(sum);
		}

	}

	private static List<Breakdown> breakdown(Map<?, Long> counts) {
		return new TreeMap<>(counts).entrySet()
			.stream()
			.map((e) -> new Breakdown(e.getKey().toString(), e.getValue().intValue()))
			.toList();
	}

}
