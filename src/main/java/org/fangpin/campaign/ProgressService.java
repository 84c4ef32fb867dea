package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

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
		Scope scope = Scope.of(caller);
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
		List<String> codes = this.campaigns.findProgressGrids(scope, campaign.id(), level.name(),
				(under != null) ? under.value() : null);
		Map<String, Tally> weekly = tally(caller, scope, campaign, level, under, week);
		Map<String, Tally> total = tally(caller, scope, campaign, level, under, cumulative);
		List<String> all = new ArrayList<>(codes);
		weekly.keySet().stream().filter((code) -> !all.contains(code)).forEach(all::add);
		total.keySet().stream().filter((code) -> !all.contains(code)).forEach(all::add);
		Map<String, Grid> byCode = new LinkedHashMap<>();
		this.grids.findAll(all.stream().map(GridCode::new).toList())
			.forEach((grid) -> byCode.put(grid.code().value(), grid));
		List<ProgressRow> rows = new ArrayList<>();
		Tally weekSum = new Tally();
		Tally totalSum = new Tally();
		for (String code : all.stream().sorted().toList()) {
			Tally w = weekly.getOrDefault(code, new Tally());
			Tally t = total.getOrDefault(code, new Tally());
			weekSum.add(w);
			totalSum.add(t);
			rows.add(new ProgressRow(byCode.get(code), w.figures(), t.figures()));
		}
		return new CampaignProgress(asOf, weekStart, rows,
				new ProgressRow(null, weekSum.figures(), totalSum.figures()));
	}

	private record Period(LocalDate from, LocalDate to) {

		Instant start() {
			return this.from.atStartOfDay(InputCheck.ZONE).toInstant();
		}

		Instant end() {
			return this.to.plusDays(1).atStartOfDay(InputCheck.ZONE).toInstant();
		}

	}

	private Map<String, Tally> tally(Caller caller, Scope scope, Campaign campaign, GridLevel level,
			@Nullable GridCode under, Period period) {
		String column = level.getHouseholdColumn();
		String underCode = (under != null) ? under.value() : null;
		String underColumn = (under != null) ? under.level().getHouseholdColumn() : null;
		Map<String, Tally> tallies = new LinkedHashMap<>();
		// a level's own rows, unless the caller holds only part of a grid of the level (or asks under a finer
		// grid): then the sums of the villages they hold
		boolean whole = scope.isWholeGridsOf(level) && (under == null || under.level().compareTo(level) <= 0);
		int rowLength = whole ? level.codeLength() : GridLevel.VILLAGE.codeLength();
		for (GridDay row : this.campaigns.sumGridDays(scope, campaign.id(), level.codeLength(), rowLength, underCode,
				period.from(), period.to())) {
			tallies.computeIfAbsent(row.gridCode(), (code) -> new Tally()).kept(row);
		}
		List<InspectorCount> inspectors = this.campaigns.countInspectors(scope, campaign.id(), level.codeLength(),
				rowLength, underCode, DayBlock.covering(campaign.startsOn(), period.from(), period.to()));
		for (InspectorCount row : inspectors) {
			tallies.computeIfAbsent(row.gridCode(), (code) -> new Tally()).inspectors(row);
		}
		for (CaseEventRow row : this.campaigns.findCaseEvents(scope, campaign.id(), column, underCode, underColumn,
				period.start(), period.end())) {
			tallies.computeIfAbsent(row.gridCode(), (code) -> new Tally()).event(row);
		}
		for (MeetingRow row : this.campaigns.countMeetings(scope, campaign.id(), level.codeLength(), underCode,
				period.from(), period.to())) {
			tallies.computeIfAbsent(row.gridCode(), (code) -> new Tally()).meetings(row);
		}
		for (ProblemCount row : this.problems.countByGrid(caller, campaign.id(), level, under, period.from(),
				period.to())) {
			tallies.computeIfAbsent(row.gridCode(), (code) -> new Tally()).problems(row);
		}
		for (ResolvedCount row : this.quality.countResolved(caller, this.campaignService.codesOf(campaign), level, under,
				period.from(), period.to())) {
			tallies.computeIfAbsent(row.gridCode(), (code) -> new Tally()).dataCorrected(row);
		}
		return tallies;
	}

	/** The figures of one grid (or of the total) while they are being summed. */
	private static final class Tally {

		private final int[] counts = new int[16];

		private final Map<CaseType, int[]> included = new EnumMap<>(CaseType.class);

		private final Map<RiskType, Integer> byCause = new EnumMap<>(RiskType.class);

		private static final int HOUSEHOLDS = 0, PEOPLE = 1, ALLEVIATED = 2, ALLEVIATED_PEOPLE = 3, MONITORED = 4,
				MONITORED_PEOPLE = 5, INSPECTORS = 6, INCLUDE = 7, EXCLUDE = 8, LOOK_BACKS = 9, REVIEWS = 10,
				ROLLED_BACK = 11, CLEARED = 12, DEPLOYMENT_MEETINGS = 13, TRAININGS = 14, PEOPLE_TRAINED = 15;

		private int problemsFound;

		private int problemsRectified;

		private int dataCorrected;

		void kept(GridDay row) {
			this.counts[HOUSEHOLDS] += row.households();
			this.counts[PEOPLE] += row.people();
			this.counts[ALLEVIATED] += row.alleviatedHouseholds();
			this.counts[ALLEVIATED_PEOPLE] += row.alleviatedPeople();
			this.counts[MONITORED] += row.monitoredHouseholds();
			this.counts[MONITORED_PEOPLE] += row.monitoredPeople();
			this.counts[INCLUDE] += row.concludedInclude();
			this.counts[EXCLUDE] += row.concludedExclude();
			this.counts[LOOK_BACKS] += row.lookBacks();
			this.counts[REVIEWS] += row.reviews();
		}

		void inspectors(InspectorCount row) {
			this.counts[INSPECTORS] += row.inspectors();
		}

		void meetings(MeetingRow row) {
			this.counts[DEPLOYMENT_MEETINGS] += row.deploymentMeetings();
			this.counts[TRAININGS] += row.trainings();
			this.counts[PEOPLE_TRAINED] += row.peopleTrained();
		}

		void event(CaseEventRow row) {
			switch (row.action()) {
				case APPROVE -> {
					int[] figures = this.included.computeIfAbsent(CaseType.valueOf(row.type()), (type) -> new int[2]);
					figures[0]++;
					figures[1] += row.people();
					RiskTypes.parse(row.riskTypes()).forEach((risk) -> this.byCause.merge(risk, 1, Integer::sum));
				}
				case ROLL_BACK -> this.counts[ROLLED_BACK]++;
				case CLEAR -> this.counts[CLEARED]++;
				default -> {
					// not counted
				}
			}
		}

		void problems(ProblemCount row) {
			this.problemsFound += row.found();
			this.problemsRectified += row.rectified();
		}

		void dataCorrected(ResolvedCount row) {
			this.dataCorrected += row.resolved();
		}

		void add(Tally other) {
			for (int i = 0; i < this.counts.length; i++) {
				this.counts[i] += other.counts[i];
			}
			other.included.forEach((type, figures) -> {
				int[] mine = this.included.computeIfAbsent(type, (t) -> new int[2]);
				mine[0] += figures[0];
				mine[1] += figures[1];
			});
			other.byCause.forEach((risk, households) -> this.byCause.merge(risk, households, Integer::sum));
			this.problemsFound += other.problemsFound;
			this.problemsRectified += other.problemsRectified;
			this.dataCorrected += other.dataCorrected;
		}

		/** Every case type has its figure, zero or not: the columns of 附件1 are fixed. */
		ProgressFigures figures() {
			List<IncludedCount> byType = Arrays.stream(CaseType.values()).map((type) -> {
				int[] figures = this.included.getOrDefault(type, new int[2]);
				return new IncludedCount(type, figures[0], figures[1]);
			}).toList();
			List<CauseCount> causes = this.byCause.entrySet()
				.stream()
				.map((entry) -> new CauseCount(entry.getKey(), entry.getValue()))
				.toList();
			int[] c = this.counts;
			return new ProgressFigures(c[HOUSEHOLDS], c[PEOPLE], c[ALLEVIATED], c[ALLEVIATED_PEOPLE], c[MONITORED],
					c[MONITORED_PEOPLE], c[INSPECTORS], c[INCLUDE], c[EXCLUDE], byType, causes, c[LOOK_BACKS],
					c[REVIEWS], c[ROLLED_BACK], c[CLEARED], this.problemsFound, this.problemsRectified, this.dataCorrected,
					c[DEPLOYMENT_MEETINGS], c[TRAININGS], c[PEOPLE_TRAINED]);
		}

	}

}
