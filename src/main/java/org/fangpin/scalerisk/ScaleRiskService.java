package org.fangpin.scalerisk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.InputCheck;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.fangpin.scalerisk.ScaleRiskMapper.Signal;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Scale-risk warnings (seed 004: 排查研判规模性返贫风险隐患; seed 001): per grid of a level and risk type, the
 * new leads of the last 7 and 30 days against the grid's own average over the period before, and against
 * its peers (the grids of the same parent); a jump is flagged with the numbers that explain it.
 */
@Service
public class ScaleRiskService {

	private static final int MONTH = 30;

	private static final int WEEK = 7;

	private final ScaleRiskMapper signals;

	private final GridService grids;

	private final ScaleRiskProperties thresholds;

	private final Clock clock;

	ScaleRiskService(ScaleRiskMapper signals, GridService grids, ScaleRiskProperties thresholds, Clock clock) {
		this.signals = signals;
		this.grids = grids;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	public List<ScaleRiskWarning> warnings(Caller caller, GridLevel level, @Nullable LocalDate asOfDay,
			@Nullable String gridCode, boolean all) {
		if (level != GridLevel.VILLAGE && level != GridLevel.TOWNSHIP) {
			throw ApiException.badInput("统计层级应为村或乡镇 (level must be VILLAGE or TOWNSHIP)");
		}
		GridCode under = null;
		if (gridCode != null) {
			under = GridCode.parse(gridCode.strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"));
		}
		LocalDate asOf = (asOfDay != null) ? asOfDay : LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		Instant until = start(asOf.plusDays(1));
		Instant monthStart = start(asOf.minusDays(MONTH - 1));
		Instant weekStart = start(asOf.minusDays(WEEK - 1));
		Instant baselineStart = start(asOf.minusDays(MONTH - 1 + this.thresholds.baselineDays()));
		Scope scope = caller.scope();
		String column = level.getHouseholdColumn();
		String underCode = (under != null) ? under.value() : null;
		String underColumn = (under != null) ? under.level().getHouseholdColumn() : null;
		Map<String, Map<RiskType, int[]>> figures = new HashMap<>();
		// per grid and risk type: leads of the week, of the month, of the baseline before; cases of the month
		for (Signal lead : this.signals.findLeads(scope, column, underCode, underColumn, baselineStart, until)) {
			int slot = lead.at().isBefore(monthStart) ? 2 : 1;
			count(figures, lead, slot);
			if (!lead.at().isBefore(weekStart)) {
				count(figures, lead, 0);
			}
		}
		for (Signal opened : this.signals.findCases(scope, column, underCode, underColumn, monthStart, until)) {
			count(figures, opened, 3);
		}
		Map<String, Grid> known = new HashMap<>();
		Map<String, List<String>> peersOf = peers(caller, figures.keySet(), level, known);
		List<ScaleRiskWarning> warnings = new ArrayList<>();
		figures.forEach((code, byRisk) -> byRisk.forEach((risk, counts) -> {
			Grid grid = known.get(code);
			if (grid == null) {
				return;
			}
			List<String> peers = peersOf.getOrDefault(code, List.of());
			double peerAverage = peers.isEmpty() ? 0 : peers.stream()
				.mapToInt((peer) -> figures.getOrDefault(peer, Map.of()).getOrDefault(risk, new int[4])[1])
				.average()
				.orElse(0);
			ScaleRiskWarning warning = judge(grid, risk, counts, peers.size(), peerAverage);
			if (all || warning.flagged()) {
				warnings.add(warning);
			}
		}));
		warnings.sort(Comparator.comparing(ScaleRiskWarning::flagged)
			.reversed()
			.thenComparing(Comparator.comparingInt(ScaleRiskWarning::leads30).reversed())
			.thenComparing((warning) -> warning.grid().code().value())
			.thenComparing(ScaleRiskWarning::riskType));
		return warnings;
	}

	private ScaleRiskWarning judge(Grid grid, RiskType risk, int[] counts, int peerCount, double peerAverage) {
		int week = counts[0];
		int month = counts[1];
		double days = this.thresholds.baselineDays();
		double baseline30 = counts[2] * MONTH / days;
		double baseline7 = counts[2] * WEEK / days;
		int minimum = this.thresholds.minimumLeads();
		boolean monthJump = month >= minimum && month >= this.thresholds.jumpRatio() * baseline30;
		boolean weekJump = week >= minimum && week >= this.thresholds.jumpRatio() * baseline7;
		boolean peerJump = month >= minimum && peerCount > 0 && month >= this.thresholds.peerRatio() * peerAverage;
		String explanation = "近7天" + week + "条、近30天" + month + "条线索；本网格前" + this.thresholds.baselineDays() + "天共"
				+ counts[2] + "条，折合每30天" + round(baseline30) + "条、每7天" + round(baseline7) + "条"
				+ ((peerCount > 0) ? "；同级" + peerCount + "个网格近30天平均" + round(peerAverage) + "条" : "")
				+ "；近30天新增监测对象" + counts[3] + "户"
				+ ((monthJump || weekJump || peerJump) ? "。预警：" + String.join("、", reasons(monthJump, weekJump, peerJump))
						: "");
		return new ScaleRiskWarning(grid, risk, week, month, counts[3], round(baseline7), round(baseline30),
				round(peerAverage), monthJump || weekJump || peerJump, explanation);
	}

	private static List<String> reasons(boolean month, boolean week, boolean peers) {
		List<String> reasons = new ArrayList<>();
		if (month) {
			reasons.add("近30天高于自身基线");
		}
		if (week) {
			reasons.add("近7天高于自身基线");
		}
		if (peers) {
			reasons.add("高于同级平均");
		}
		return reasons;
	}

	private static void count(Map<String, Map<RiskType, int[]>> figures, Signal signal, int slot) {
		Map<RiskType, int[]> byRisk = figures.computeIfAbsent(signal.gridCode(), (code) -> new EnumMap<>(RiskType.class));
		RiskTypes.parse(signal.riskTypes()).forEach((risk) -> byRisk.computeIfAbsent(risk, (r) -> new int[4])[slot]++);
	}

	/** The siblings of each grid within the caller's tree (its peers), and every grid met on the way. */
	private Map<String, List<String>> peers(Caller caller, Set<String> codes, GridLevel level, Map<String, Grid> known) {
		Set<String> parents = new LinkedHashSet<>();
		int parentLength = GridLevel.values()[level.ordinal() - 1].codeLength();
		codes.forEach((code) -> parents.add(code.substring(0, parentLength)));
		Map<String, List<String>> siblings = new HashMap<>();
		for (String parent : parents) {
			List<Grid> children = this.grids.list(caller, parent);
			children.forEach((child) -> known.put(child.code().value(), child));
			siblings.put(parent, children.stream().map((child) -> child.code().value()).toList());
		}
		this.grids.findAll(codes.stream().filter((code) -> !known.containsKey(code)).map(GridCode::new).toList())
			.forEach((grid) -> known.put(grid.code().value(), grid));
		Map<String, List<String>> result = new HashMap<>();
		for (String code : codes) {
			result.put(code, siblings.getOrDefault(code.substring(0, parentLength), List.of())
				.stream()
				.filter((sibling) -> !sibling.equals(code))
				.toList());
		}
		return result;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static Instant start(LocalDate day) {
		return day.atStartOfDay(InputCheck.ZONE).toInstant();
	}

}
