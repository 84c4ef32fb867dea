package org.fangpin.situation;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.fangpin.graphql.ApiException;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.DisabilityType;
import org.fangpin.household.Health;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.LabourCapacity;
import org.fangpin.household.Member;
import org.fangpin.household.SchoolingStage;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.LeadSource;
import org.fangpin.monitoring.LeadStatus;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.GridInScope;
import org.fangpin.security.fields.PersonalValues;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Derives the ten must-visit categories (seed 002, 十必访) of households from what the system knows of
 * them: members, the latest income against the line, and the risks of open leads and the active case.
 */
@Component
public class MustVisit {

	private static final Map<RiskType, MustVisitCategory> BY_RISK = Map.of(RiskType.DISASTER, MustVisitCategory.DISASTER,
			RiskType.ACCIDENT, MustVisitCategory.ACCIDENT, RiskType.INDUSTRY_FAILURE, MustVisitCategory.INDUSTRY_FAILURE,
			RiskType.UNSTABLE_EMPLOYMENT, MustVisitCategory.UNSTABLE_WORK);

	private final SituationService situation;

	private final HouseholdService households;

	private final LeadService leads;

	private final CaseService cases;

	private final PersonalValues personal;

	MustVisit(SituationService situation, HouseholdService households, LeadService leads, CaseService cases,
			PersonalValues personal) {
		this.personal = personal;
		this.situation = situation;
		this.households = households;
		this.leads = leads;
		this.cases = cases;
	}

	/** A visit plan covers at most this many households: a county asks grid by grid. */
	static final int MAX_PLAN_HOUSEHOLDS = 500;

	/**
	 * This month's plan for a grid: the households not visited yet, and the must-visit ones among them.
	 * Without a grid code, the caller's only grid.
	 */
	public VisitPlan plan(Caller caller, @Nullable String gridCode) {
		// the plan is work of those who visit: an auditor or a department learns nothing from it
		GridCode grid = GridInScope.ofCadreWork(caller, gridCode);
		List<Long> unvisited = this.situation.unvisitedThisMonth(caller, grid, MAX_PLAN_HOUSEHOLDS + 1);
		if (unvisited.size() > MAX_PLAN_HOUSEHOLDS) {
			throw ApiException.badInput("网格内未走访农户超过" + MAX_PLAN_HOUSEHOLDS + "户，请按村或村组查询 (narrow gridCode)");
		}
		Map<Long, Household> byId = this.households.findAll(caller, unvisited);
		List<Household> due = unvisited.stream().map(byId::get).filter(Objects::nonNull).toList();
		// must-visit as the caller may see it: a household due only for a reason of health stays one of the
		// households due, indistinguishable from the others, for whom health is not released
		List<Household> mustVisit = visibleTo(caller, due).entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList();
		return new VisitPlan(YearMonth.from(this.situation.today()).toString(), grid.value(), due, mustVisit);
	}

	/** 走访计划 as the schema shows it. */
	public record VisitPlan(String month, String gridCode, List<Household> due, List<Household> mustVisitUnvisited) {
	}

	/** The categories as the caller may see them: those the schema declares personal only where released. */
	public Map<Household, Set<MustVisitCategory>> visibleTo(Caller caller, List<Household> households) {
		Map<Household, Set<MustVisitCategory>> categories = of(caller, households);
		categories.forEach((household, set) -> set.removeIf((category) -> !this.personal.released(caller, household, category)));
		return categories;
	}

	/** Every category, released or not: for this class only, which answers the released ones. */
	private Map<Household, Set<MustVisitCategory>> of(Caller caller, List<Household> households) {
		if (households.isEmpty()) {
			return new LinkedHashMap<>();
		}
		List<Long> ids = households.stream().map(Household::id).toList();
		Map<Long, List<Member>> members = this.situation.membersOf(caller, ids);
		Map<Long, List<Income>> incomes = this.situation.incomesOf(caller, ids);
		Map<Long, List<Lead>> leads = this.leads.ofHouseholds(caller, ids);
		Map<Long, List<MonitoredCase>> cases = this.cases.ofHouseholds(caller, ids);
		Map<Household, Set<MustVisitCategory>> result = new LinkedHashMap<>();
		for (Household household : households) {
			long id = household.id();
			Set<MustVisitCategory> categories = EnumSet.noneOf(MustVisitCategory.class);
			List<Income> records = incomes.get(id);
			if (household.lowIncomeSupport()
					|| (!records.isEmpty() && Boolean.TRUE.equals(records.getLast().belowIncomeLine()))) {
				categories.add(MustVisitCategory.LOW_INCOME);
			}
			members.get(id).forEach((member) -> categories.addAll(ofMember(member)));
			MonitoredCase active = cases.get(id).stream().filter((c) -> c.status().isActive()).findFirst().orElse(null);
			List<Lead> current = leads.get(id)
				.stream()
				.filter((lead) -> lead.status() == LeadStatus.OPEN
						|| (active != null && Long.valueOf(active.id()).equals(lead.caseId())))
				.toList();
			current.forEach((lead) -> categories.addAll(ofRisks(lead.riskTypes())));
			if (active != null) {
				categories.addAll(ofRisks(active.riskTypes()));
			}
			if (current.stream().anyMatch((lead) -> lead.source() == LeadSource.HOTLINE_PETITION)) {
				categories.add(MustVisitCategory.PETITION);
			}
			result.put(household, categories);
		}
		return result;
	}

	private static Set<MustVisitCategory> ofMember(Member member) {
		Set<MustVisitCategory> categories = EnumSet.noneOf(MustVisitCategory.class);
		if (member.health() != Health.HEALTHY) {
			categories.add(MustVisitCategory.ILLNESS);
		}
		DisabilityType disability = member.disabilityType();
		if (disability != null) {
			categories.add(MustVisitCategory.DISABILITY);
		}
		if (member.schoolingStage() == SchoolingStage.UNIVERSITY) {
			categories.add(MustVisitCategory.UNIVERSITY_STUDENT);
		}
		if (member.labourCapacity() == LabourCapacity.LOST) {
			categories.add(MustVisitCategory.INCAPACITATED);
		}
		return categories;
	}

	private static Set<MustVisitCategory> ofRisks(String riskTypes) {
		Set<MustVisitCategory> categories = EnumSet.noneOf(MustVisitCategory.class);
		RiskTypes.parse(riskTypes).stream().filter(BY_RISK::containsKey).map(BY_RISK::get).forEach(categories::add);
		return categories;
	}

}
