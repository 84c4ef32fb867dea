package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.fangpin.campaign.CampaignMapper.CaseEventRow;
import org.fangpin.campaign.CampaignMapper.InspectorCount;
import org.fangpin.campaign.CampaignMapper.MeetingRow;
import org.fangpin.campaign.CampaignMapper.GridDay;
import org.fangpin.campaign.Progress.CampaignProgress;
import org.fangpin.campaign.Progress.CauseCount;
import org.fangpin.campaign.Progress.IncludedCount;
import org.fangpin.campaign.Progress.ProgressFigures;
import org.fangpin.campaign.Progress.ProgressRow;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.InputCheck;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.monitoring.CaseType;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.problem.ProblemCount;
import org.fangpin.problem.ProblemService;
import org.fangpin.quality.QualityService;
import org.fangpin.quality.ResolvedCount;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.stereotype.Service;

/**
 * The progress table (seed 004, 附件1: 工作进度统计表), computed from the records, never typed: households and
 * people inspected (alleviated and monitored among them), inspectors, the meetings' conclusions, cases
 * identified by type and cause, look backs and reviews, rollbacks and clearances, problems found and
 * rectified, data corrected (the data-quality findings resolved), and the deployment meetings and trainings
 * held. One row per grid of the level asked, within the caller's scope, for the week ending on the day asked
 * and since the campaign began; a township's Friday report is this query. The inspection-side figures are
 * the sums of those kept per grid and day ({@link ProgressRecorder}); the rest, a few hundred rows at county
 * level, are counted on each request.
 */
@Service
public class ProgressService {

	/** The case events the table counts (monitoring's Transition names). */
	private static final String APPROVE = "APPROVE";

	private static final String ROLL_BACK = "ROLL_BACK";

	private static final String CLEAR = "CLEAR";

	private final CampaignMapper campaigns;

	private final CampaignService campaignService;

	private final GridService grids;

	private final ProblemService problems;

	private final QualityService quality;

	/** One virtual thread per source of a table being read: each only waits for its statement. */
	private final AsyncTaskExecutor reads = new VirtualThreadTaskExecutor("progress-read-");

	ProgressService(CampaignMapper campaigns, CampaignService campaignService, GridService grids,
			ProblemService problems, QualityService quality) {
		this.campaigns = campaigns;
		this.quality = quality;
		this.campaignService = campaignService;
		this.grids = grids;
		this.problems = problems;
	}

	public CampaignProgress progress(Caller caller, String campaignId, GridLevel level, @Nullable LocalDate asOfDay,
			@Nullable String gridCode) {
		Campaign campaign = this.campaignService.get(caller, campaignId);
		Scope scope = caller.scope();
		// the figures are kept per village: a village group's share of them is not known
		if (!scope.isWholeGridsOf(GridLevel.VILLAGE)) {
			throw ApiException.forbidden("工作进度统计表按行政村统计，村组网格不能查看 "
					+ "(the progress table is kept per village: a scope of village groups cannot read it)");
		}
		if (level == GridLevel.GROUP) {
			throw ApiException.badInput("统计层级应为县、乡或村 (level must be COUNTY, TOWNSHIP or VILLAGE)");
		}
		GridCode under = null;
		if (gridCode != null) {
			under = GridCode.parse(gridCode.strip())
				.filter((code) -> code.level() != GridLevel.GROUP)
				.orElseThrow(() -> ApiException.badInput("网格编码应为县、乡或村级网格的6、9或12位数字 "
						+ "(gridCode must be a county, township or village)"));
		}
		LocalDate asOf = (asOfDay != null) ? asOfDay : this.campaignService.today();
		LocalDate weekStart = asOf.minusDays(6).isBefore(campaign.startsOn()) ? campaign.startsOn() : asOf.minusDays(6);
		Period week = new Period(weekStart, asOf);
		Period cumulative = new Period(campaign.startsOn(), asOf);
		String underCode = (under != null) ? under.value() : null;
		var covered = read(() -> this.campaigns.findProgressGrids(scope, campaign.id(), level.name(), underCode));
		Map<String, Tallies> tallies = tally(caller, scope, campaign, level, under, week, cumulative);
		Map<String, Grid> byCode = new HashMap<>();
		rows(covered).forEach((grid) -> byCode.put(grid.code().value(), grid));
		// a grid with figures beyond those the campaign covers still has its row
		this.grids.findAll(tallies.keySet().stream().filter((code) -> !byCode.containsKey(code)).map(GridCode::new).toList())
			.forEach((grid) -> byCode.put(grid.code().value(), grid));
		SortedSet<String> all = new TreeSet<>(byCode.keySet());
		all.addAll(tallies.keySet());
		// a department (seed 004: each sector screens its own) reads the households identified for the risks of
		// its domain only, as it reads only the cases of its domain: in the table and in its spreadsheet alike
		List<String> domain = scope.getDomainRiskTypes();
		List<ProgressRow> rows = new ArrayList<>();
		Tallies sum = new Tallies();
		for (String code : all) {
			Tallies grid = tallies.getOrDefault(code, new Tallies());
			sum.week().add(grid.week());
			sum.cumulative().add(grid.cumulative());
			rows.add(new ProgressRow(byCode.get(code), grid.week().figures(domain), grid.cumulative().figures(domain)));
		}
		return new CampaignProgress(asOf, weekStart, rows,
				new ProgressRow(null, sum.week().figures(domain), sum.cumulative().figures(domain)));
	}

	private record Period(LocalDate from, LocalDate to) {

		Instant start() {
			return this.from.atStartOfDay(InputCheck.ZONE).toInstant();
		}

		Instant end() {
			return this.to.plusDays(1).atStartOfDay(InputCheck.ZONE).toInstant();
		}

	}

	/**
	 * The figures of the week and since the campaign began of each grid of the level. The week lies within the
	 * cumulative period, so one statement per source answers both for inspectors, case events and meetings. The
	 * kept figures of the week are the sum of its days; those since the campaign began are each grid's running
	 * totals less the days outside the period (usually none, or the few after the day asked): a row per grid
	 * instead of one per grid and day. The problems and the data corrected are counted by their own features, per
	 * period.
	 */
	private Map<String, Tallies> tally(Caller caller, Scope scope, Campaign campaign, GridLevel level,
			@Nullable GridCode under, Period week, Period cumulative) {
		String column = level.getHouseholdColumn();
		String underCode = (under != null) ? under.value() : null;
		String underColumn = (under != null) ? under.level().getHouseholdColumn() : null;
		// a level's own rows, unless the caller holds only part of a grid of the level (or asks under a finer
		// grid): then the sums of the villages they hold
		boolean whole = scope.isWholeGridsOf(level) && (under == null || under.level().compareTo(level) <= 0);
		int rowLength = whole ? level.codeLength() : GridLevel.VILLAGE.codeLength();
		List<GridCode> covered = this.campaignService.codesOf(campaign);
		var keptInAll = read(() -> this.campaigns.sumKeptTotals(scope, campaign.id(), level.codeLength(), rowLength,
				underCode, ProgressColumn.KEPT));
		var keptOutsidePeriod = read(() -> this.campaigns.sumKeptFiguresOutside(scope, campaign.id(),
				level.codeLength(), rowLength, underCode, cumulative.from(), cumulative.to(), ProgressColumn.KEPT));
		var keptOfWeek = read(() -> this.campaigns.sumKeptFigures(scope, campaign.id(), level.codeLength(), rowLength,
				underCode, week.from(), week.to(), ProgressColumn.KEPT));
		var inspectors = read(() -> this.campaigns.countInspectors(scope, campaign.id(), level.codeLength(), rowLength,
				underCode, DayBlock.covering(campaign.startsOn(), cumulative.from(), cumulative.to()),
				DayBlock.covering(campaign.startsOn(), week.from(), week.to())));
		var caseEvents = read(() -> this.campaigns.findCaseEvents(scope, campaign.id(), column, underCode, underColumn,
				cumulative.start(), cumulative.end()));
		var meetings = read(() -> this.campaigns.countMeetings(scope, campaign.id(), level.codeLength(), underCode,
				cumulative.from(), cumulative.to(), week.from()));
		var problemsOfWeek = read(() -> this.problems.countByGrid(caller, campaign.id(), level, under, week.from(),
				week.to()));
		var problemsOfPeriod = read(() -> this.problems.countByGrid(caller, campaign.id(), level, under,
				cumulative.from(), cumulative.to()));
		var correctedOfWeek = read(() -> this.quality.countResolved(caller, covered, level, under, week.from(),
				week.to()));
		var correctedOfPeriod = read(() -> this.quality.countResolved(caller, covered, level, under,
				cumulative.from(), cumulative.to()));

		Map<String, Tallies> tallies = new HashMap<>();
		for (GridDay grid : GridDay.difference(rows(keptInAll), rows(keptOutsidePeriod))) {
			of(tallies, grid.gridCode()).cumulative().kept(grid);
		}
		for (Map<String, Object> row : rows(keptOfWeek)) {
			of(tallies, (String) row.get("grid_code")).week().kept(GridDay.read(row));
		}
		for (InspectorCount row : rows(inspectors)) {
			Tallies grid = of(tallies, row.gridCode());
			grid.week().add(ProgressColumn.INSPECTORS, row.weekInspectors());
			grid.cumulative().add(ProgressColumn.INSPECTORS, row.inspectors());
		}
		for (CaseEventRow row : rows(caseEvents)) {
			Tallies grid = of(tallies, row.gridCode());
			grid.cumulative().event(row);
			if (!row.occurredAt().isBefore(week.start())) {
				grid.week().event(row);
			}
		}
		for (MeetingRow row : rows(meetings)) {
			Tallies grid = of(tallies, row.gridCode());
			grid.week().meetings(row.weekDeploymentMeetings(), row.weekTrainings(), row.weekPeopleTrained());
			grid.cumulative().meetings(row.deploymentMeetings(), row.trainings(), row.peopleTrained());
		}
		for (boolean isWeek : List.of(true, false)) {
			for (ProblemCount row : rows(isWeek ? problemsOfWeek : problemsOfPeriod)) {
				Tally tally = of(tallies, row.gridCode()).of(isWeek);
				tally.add(ProgressColumn.PROBLEMS_FOUND, row.found());
				tally.add(ProgressColumn.PROBLEMS_RECTIFIED, row.rectified());
			}
			for (ResolvedCount row : rows(isWeek ? correctedOfWeek : correctedOfPeriod)) {
				of(tallies, row.gridCode()).of(isWeek).add(ProgressColumn.DATA_CORRECTED, row.resolved());
			}
		}
		return tallies;
	}

	/**
	 * A source of the table read on a virtual thread of its own: the sources are independent statements, so a
	 * county's table waits for the slowest of them (the kept figures of 7,700 village-days) rather than for their
	 * sum. Their rows are added up afterwards, on the request's thread, one source after the other.
	 */
	private <T> CompletableFuture<T> read(Supplier<T> statement) {
		return CompletableFuture.supplyAsync(statement, this.reads);
	}

	/** The rows a source read, or what it failed with. */
	private static <T> T rows(CompletableFuture<T> read) {
		try {
			return read.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static Tallies of(Map<String, Tallies> tallies, String gridCode) {
		return tallies.computeIfAbsent(gridCode, (code) -> new Tallies());
	}

	/** A grid's figures of the week and of the whole campaign so far, while they are being summed. */
	private record Tallies(Tally week, Tally cumulative) {

		Tallies() {
			this(new Tally(), new Tally());
		}

		Tally of(boolean isWeek) {
			return isWeek ? this.week : this.cumulative;
		}

	}

	/** The figures of one grid (or of the total) while they are being summed. */
	private static final class Tally {

		private final Map<ProgressColumn, Integer> counts = new EnumMap<>(ProgressColumn.class);

		private final Map<CaseType, IncludedCount> included = new EnumMap<>(CaseType.class);

		private final Map<RiskType, Integer> byCause = new EnumMap<>(RiskType.class);

		void add(ProgressColumn column, int count) {
			this.counts.merge(column, count, Integer::sum);
		}

		void kept(GridDay row) {
			row.figures().forEach(this::add);
		}

		void meetings(int deploymentMeetings, int trainings, int peopleTrained) {
			add(ProgressColumn.DEPLOYMENT_MEETINGS, deploymentMeetings);
			add(ProgressColumn.TRAININGS, trainings);
			add(ProgressColumn.PEOPLE_TRAINED, peopleTrained);
		}

		void event(CaseEventRow row) {
			switch (row.action()) {
				case APPROVE -> {
					CaseType type = CaseType.valueOf(row.type());
					this.included.merge(type, new IncludedCount(type, 1, row.people()),
							(sum, one) -> sum.plus(one.households(), one.people()));
					RiskTypes.parse(row.riskTypes()).forEach((risk) -> this.byCause.merge(risk, 1, Integer::sum));
				}
				case ROLL_BACK -> add(ProgressColumn.ROLLED_BACK, 1);
				case CLEAR -> add(ProgressColumn.CLEARED, 1);
				default -> {
					// not counted
				}
			}
		}

		void add(Tally other) {
			other.counts.forEach(this::add);
			other.included.forEach((type, count) -> this.included.merge(type, count,
					(sum, more) -> sum.plus(more.households(), more.people())));
			other.byCause.forEach((risk, households) -> this.byCause.merge(risk, households, Integer::sum));
		}

		/**
		 * Every column and case type has its figure, zero or not: the columns of 附件1 are fixed. The causes are
		 * those of {@code domain} only, unless it is null.
		 */
		ProgressFigures figures(@Nullable List<String> domain) {
			Map<ProgressColumn, Integer> all = new EnumMap<>(ProgressColumn.class);
			for (ProgressColumn column : ProgressColumn.values()) {
				all.put(column, this.counts.getOrDefault(column, 0));
			}
			List<IncludedCount> byType = Arrays.stream(CaseType.values())
				.map((type) -> this.included.getOrDefault(type, new IncludedCount(type, 0, 0)))
				.toList();
			List<CauseCount> causes = this.byCause.entrySet()
				.stream()
				.filter((entry) -> domain == null || domain.contains(entry.getKey().name()))
				.map((entry) -> new CauseCount(entry.getKey(), entry.getValue()))
				.toList();
			return new ProgressFigures(all, byType, causes);
		}

	}

}
