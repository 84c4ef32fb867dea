package org.fangpin.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.household.Household;
import org.fangpin.household.HouseholdCategory;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.Member;
import org.fangpin.household.SchoolingStage;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.LeadStatus;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.security.Caller;
import org.fangpin.security.fields.PersonalValues;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.fangpin.situation.Income;
import org.fangpin.situation.SituationService;

import org.springframework.stereotype.Component;

/**
 * Derives the ten key categories (seed 004, 十类人群) of households from what the system knows of them —
 * the household, its members, its income records against the campaign's line, the risks of its open leads
 * and active case — and adds what cadres flagged. Each category says why, so that a cadre can check it.
 */
@Component
public class KeyCategories {

	/** 脱贫攻坚 ended in 2020: the households alleviated that year are the latest, named first by the seed. */
	static final int LAST_ALLEVIATION_YEAR = 2020;

	private static final Set<SchoolingStage> NON_COMPULSORY = EnumSet.of(SchoolingStage.SENIOR_SECONDARY,
			SchoolingStage.VOCATIONAL, SchoolingStage.UNIVERSITY);

	private final HouseholdService households;

	private final SituationService situation;

	private final LeadService leads;

	private final CaseService cases;

	private final CampaignMapper campaigns;

	private final CampaignProperties thresholds;

	/** The county's thresholds of income drop and rigid expenditure, shared with the screening rules. */
	private final CountySettings riskThresholds;

	private final PersonalValues personal;

	KeyCategories(HouseholdService households, SituationService situation, LeadService leads, CaseService cases,
			CampaignMapper campaigns, CampaignProperties thresholds, CountySettings riskThresholds,
			PersonalValues personal) {
		this.riskThresholds = riskThresholds;
		this.personal = personal;
		this.households = households;
		this.situation = situation;
		this.leads = leads;
		this.cases = cases;
		this.campaigns = campaigns;
		this.thresholds = thresholds;
	}

	/** The categories as the caller may see them: those the schema declares personal only where released. */
	public Map<Long, List<KeyCategoryReason>> visibleTo(Caller caller, Campaign campaign, List<Household> households) {
		Map<Long, List<KeyCategoryReason>> all = of(caller, campaign, households);
		for (Household household : households) {
			all.get(household.id()).removeIf((reason) -> !this.personal.released(caller, household, reason.category()));
		}
		return all;
	}

	/** Every category, released or not: for this class only, which answers the released ones. */
	private Map<Long, List<KeyCategoryReason>> of(Caller caller, Campaign campaign, List<Household> households) {
		Map<Long, List<KeyCategoryReason>> result = new LinkedHashMap<>();
		if (households.isEmpty()) {
			return result;
		}
		List<Long> ids = households.stream().map(Household::id).toList();
		Map<Long, List<Member>> members = this.households.membersOf(caller, ids);
		Map<Long, List<Income>> incomes = this.situation.incomesOf(caller, ids);
		Map<Long, List<Lead>> leads = this.leads.ofHouseholds(caller, ids);
		Map<Long, List<MonitoredCase>> cases = this.cases.ofHouseholds(caller, ids);
		List<KeyCategoryFlag> flags = this.campaigns.findFlags(caller.scope(), campaign.id(), ids);
		RiskShares shares = new RiskShares(
				this.riskThresholds.ratio(campaign.countyCode(), CountySetting.INCOME_DROP_PERCENT),
				this.riskThresholds.ratio(campaign.countyCode(), CountySetting.RIGID_EXPENDITURE_PERCENT));
		for (Household household : households) {
			List<KeyCategoryReason> reasons = new ArrayList<>();
			Set<RiskType> risks = currentRisks(leads.get(household.id()), cases.get(household.id()));
			derive(reasons, campaign, shares, household, members.get(household.id()), incomes.get(household.id()), risks);
			flags.stream()
				.filter((flag) -> flag.householdId() == household.id())
				.forEach((flag) -> reasons.add(new KeyCategoryReason(flag.category(),
						"干部标注：" + flag.note() + "（" + flag.flaggedBy() + "）", true, false)));
			result.put(household.id(), reasons);
		}
		return result;
	}

	/** The shares of the county's settings that make income fall sharply and rigid expenditure high. */
	private record RiskShares(BigDecimal incomeDrop, BigDecimal rigidExpenditure) {
	}

	private void derive(List<KeyCategoryReason> reasons, Campaign campaign, RiskShares shares, Household household,
			List<Member> members,
			List<Income> incomes, Set<RiskType> risks) {
		Integer year = household.alleviationYear();
		if (household.category() == HouseholdCategory.ALLEVIATED) {
			boolean latest = year != null && year >= LAST_ALLEVIATION_YEAR;
			reasons.add(new KeyCategoryReason(KeyCategory.ALLEVIATED,
					"脱贫户（" + ((year != null) ? year + "年脱贫" : "脱贫年度未填") + (latest ? "，最近脱贫年度" : "") + "）", false,
					latest));
		}
		Income latest = incomes.isEmpty() ? null : incomes.getLast();
		BigDecimal perCapita = (latest != null) ? latest.perCapitaNetIncome() : null;
		if (perCapita != null) {
			BigDecimal line = campaign.incomeLine();
			BigDecimal previous = (incomes.size() > 1) ? incomes.get(incomes.size() - 2).perCapitaNetIncome() : null;
			if (perCapita.compareTo(line) < 0) {
				reasons.add(new KeyCategoryReason(KeyCategory.LOW_OR_FALLING_INCOME, latest.year() + "年人均纯收入" + yuan(perCapita)
						+ "元，低于监测标准" + yuan(line) + "元", false, true));
			}
			else if (perCapita.compareTo(line.multiply(this.thresholds.nearLineRatio())) < 0) {
				reasons.add(new KeyCategoryReason(KeyCategory.LOW_OR_FALLING_INCOME, latest.year() + "年人均纯收入" + yuan(perCapita)
						+ "元，接近监测标准" + yuan(line) + "元", false, false));
			}
			else if (previous != null && previous.signum() > 0 && perCapita
				.compareTo(previous.multiply(BigDecimal.ONE.subtract(shares.incomeDrop()))) <= 0) {
				reasons.add(new KeyCategoryReason(KeyCategory.LOW_OR_FALLING_INCOME, "人均纯收入由" + yuan(previous) + "元降至"
						+ yuan(perCapita) + "元，明显减少", false, false));
			}
			if (latest.netIncome().signum() > 0 && latest.rigidExpenditure()
				.compareTo(latest.netIncome().multiply(shares.rigidExpenditure())) > 0) {
				reasons.add(new KeyCategoryReason(KeyCategory.HIGH_RIGID_EXPENDITURE, latest.year() + "年刚性支出"
						+ yuan(latest.rigidExpenditure()) + "元，超过家庭纯收入" + yuan(latest.netIncome()) + "元的"
						+ percent(shares.rigidExpenditure()), false, false));
			}
			if (latest.totalIncome().signum() > 0 && latest.wageIncome()
				.compareTo(latest.totalIncome().multiply(this.thresholds.wageShare())) >= 0
					&& members.stream()
						.anyMatch((m) -> m.employmentType() != null && m.monthsWorked() != null
								&& m.monthsWorked() < this.thresholds.stableMonthsWorked())) {
				reasons.add(new KeyCategoryReason(KeyCategory.UNSTABLE_EMPLOYMENT, "务工收入占总收入" + percent(latest.wageIncome()
					.divide(latest.totalIncome(), 2, RoundingMode.HALF_UP)) + "，有成员务工不足"
						+ this.thresholds.stableMonthsWorked() + "个月", false, false));
			}
		}
		if (household.extremePovertySupport()) {
			boolean single = members.size() == 1;
			reasons.add(new KeyCategoryReason(KeyCategory.EXTREME_POVERTY_SUPPORT,
					"分散供养特困人员" + (single ? "（单人户）" : ""), false, single));
		}
		if (household.lowIncomeSupport()) {
			reasons.add(new KeyCategoryReason(KeyCategory.SUBSISTENCE_ALLOWANCE, "农村低保对象", false, false));
		}
		List<Member> disabled = members.stream().filter((m) -> m.disabilityType() != null).toList();
		if (!disabled.isEmpty()) {
			boolean severe = disabled.stream().anyMatch((m) -> m.disabilityGrade() != null && m.disabilityGrade() <= 2);
			reasons.add(new KeyCategoryReason(KeyCategory.DISABILITY, "残疾人" + disabled.size() + "人"
					+ (severe ? "，含重度残疾（一、二级）" : "") + ((disabled.size() > 1) ? "，一户多残" : ""), false,
					severe || disabled.size() > 1));
		}
		long inSchool = members.stream().filter((m) -> NON_COMPULSORY.contains(m.schoolingStage())).count();
		if (inSchool >= this.thresholds.nonCompulsoryChildren()) {
			reasons.add(new KeyCategoryReason(KeyCategory.CHILDREN_IN_SCHOOL, "非义务教育阶段在读" + inSchool + "人", false,
					false));
		}
		if (risks.contains(RiskType.UNSTABLE_EMPLOYMENT)
				&& reasons.stream().noneMatch((r) -> r.category() == KeyCategory.UNSTABLE_EMPLOYMENT)) {
			reasons.add(new KeyCategoryReason(KeyCategory.UNSTABLE_EMPLOYMENT, "风险线索或监测对象含务工就业不稳", false, false));
		}
		if (risks.contains(RiskType.DISASTER)) {
			reasons.add(new KeyCategoryReason(KeyCategory.DISASTER, "风险线索或监测对象含因灾风险", false, false));
		}
		if (risks.contains(RiskType.HIGH_RIGID_EXPENDITURE)
				&& reasons.stream().noneMatch((r) -> r.category() == KeyCategory.HIGH_RIGID_EXPENDITURE)) {
			reasons.add(new KeyCategoryReason(KeyCategory.HIGH_RIGID_EXPENDITURE, "风险线索或监测对象含刚性支出大", false, false));
		}
	}

	/** The risks of the household's open leads and active case. */
	private static Set<RiskType> currentRisks(List<Lead> leads, List<MonitoredCase> cases) {
		Set<RiskType> risks = EnumSet.noneOf(RiskType.class);
		leads.stream()
			.filter((lead) -> lead.status() == LeadStatus.OPEN)
			.forEach((lead) -> risks.addAll(RiskTypes.parse(lead.riskTypes())));
		cases.stream()
			.filter((found) -> found.status().isActive())
			.forEach((found) -> risks.addAll(RiskTypes.parse(found.riskTypes())));
		return risks;
	}

	private static String yuan(BigDecimal amount) {
		return amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	private static String percent(BigDecimal ratio) {
		return ratio.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
