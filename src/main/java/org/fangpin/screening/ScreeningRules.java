package org.fangpin.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.fangpin.household.Health;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.Member;
import org.fangpin.household.MemberChanged;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.RiskType;
import org.fangpin.security.duties.Act;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.fangpin.situation.GuaranteeItem;
import org.fangpin.situation.GuaranteeState;
import org.fangpin.situation.Income;
import org.fangpin.situation.SituationEvents.IncomeRecorded;
import org.fangpin.situation.SituationEvents.VisitRecorded;
import org.fangpin.situation.SituationService;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The screening rules, run inside the transaction that recorded what they look at: a lead they raise
 * lands or is undone with it.
 */
@Component
class ScreeningRules {

	/** What an unsecured guarantee puts at risk. */
	private static final Map<GuaranteeItem, RiskType> GUARANTEE_RISKS = Map.of(GuaranteeItem.HOUSING,
			RiskType.HOUSING_UNSAFE, GuaranteeItem.WATER, RiskType.DRINKING_WATER_UNSAFE, GuaranteeItem.EDUCATION,
			RiskType.EDUCATION, GuaranteeItem.MEDICAL, RiskType.ILLNESS);

	private final SituationService situation;

	private final HouseholdService households;

	private final LeadService leads;

	/** The thresholds of income drop and rigid expenditure: the county's own, or the configured ones. */
	private final CountySettings thresholds;

	ScreeningRules(SituationService situation, HouseholdService households, LeadService leads,
			CountySettings thresholds) {
		this.situation = situation;
		this.households = households;
		this.leads = leads;
		this.thresholds = thresholds;
	}

	@EventListener
	void incomeRecorded(IncomeRecorded event) {
		Household household = this.households.find(event.act().caller(), event.householdId());
		List<Income> incomes = this.situation.incomesOf(event.act().caller(), List.of(event.householdId()))
			.get(event.householdId());
		Income current = yearOf(incomes, event.year());
		if (household == null || current == null) {
			return;
		}
		BigDecimal perCapita = current.perCapitaNetIncome();
		if (Boolean.TRUE.equals(current.belowIncomeLine())) {
			raise(event.act(), household, RuleCause.BELOW_INCOME_LINE, current.year() + "年人均纯收入"
					+ perCapita + "元，低于监测标准" + current.incomeLine().amount() + "元");
		}
		// a year may be recorded after the one that follows it: compare both ways
		Income previous = yearOf(incomes, event.year() - 1);
		Income next = yearOf(incomes, event.year() + 1);
		BigDecimal drop = this.thresholds.ratio(household.groupCode(), CountySetting.INCOME_DROP_PERCENT);
		if (previous != null && dropped(previous, current, drop)) {
			raise(event.act(), household, RuleCause.INCOME_DROP, dropText(previous, current));
		}
		if (next != null && dropped(current, next, drop)) {
			raise(event.act(), household, RuleCause.INCOME_DROP, dropText(current, next));
		}
		BigDecimal rigid = current.rigidExpenditure();
		BigDecimal rigidShare = this.thresholds.ratio(household.groupCode(), CountySetting.RIGID_EXPENDITURE_PERCENT);
		if (rigid.signum() > 0 && rigid.compareTo(current.netIncome().multiply(rigidShare)) > 0) {
			raise(event.act(), household, RuleCause.HIGH_RIGID_EXPENDITURE,
					"刚性支出" + rigid + "元，超过家庭纯收入" + current.netIncome() + "元的"
							+ rigidShare.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
		}
	}

	@EventListener
	void visitRecorded(VisitRecorded event) {
		List<GuaranteeItem> unsecured = event.guarantees()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == GuaranteeState.NOT_SECURED)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		Household household = this.households.find(event.act().caller(), event.householdId());
		if (unsecured.isEmpty() || household == null) {
			return;
		}
		List<RiskType> risks = unsecured.stream()
			.map((item) -> GUARANTEE_RISKS.getOrDefault(item, RiskType.OTHER))
			.distinct()
			.toList();
		this.leads.raiseByRule(event.act(), household, RuleCause.GUARANTEE_NOT_SECURED.name(),
				risks, "走访评估保障未落实：" + unsecured);
	}

	@EventListener
	void memberChanged(MemberChanged event) {
		Member before = event.before();
		Member after = event.after();
		// the lead names no one and no illness: its readers include those who may not see health data
		if (after.health() == Health.SERIOUS_ILLNESS && (before == null || before.health() != Health.SERIOUS_ILLNESS)) {
			raise(event.act(), event.household(), RuleCause.NEW_SERIOUS_ILLNESS,
					"家庭成员健康状况发生变化，请村级核实");
		}
		if (after.disabilityType() != null && (before == null || before.disabilityType() == null)) {
			raise(event.act(), event.household(), RuleCause.NEW_DISABILITY,
					"家庭成员身体状况发生变化，请村级核实");
		}
	}

	/**
	 * Per-capita income down by the threshold or more. Both years are divided by the same population, so
	 * the nets compare exactly, without rounding.
	 */
	private static boolean dropped(Income earlier, Income later, BigDecimal drop) {
		BigDecimal before = earlier.netIncome();
		return before.signum() > 0 && later.netIncome().compareTo(before.multiply(BigDecimal.ONE.subtract(drop))) <= 0;
	}

	private static String dropText(Income earlier, Income later) {
		return later.year() + "年人均纯收入" + later.perCapitaNetIncome() + "元，较" + earlier.year() + "年"
				+ earlier.perCapitaNetIncome() + "元下降";
	}

	private void raise(Act act, Household household, RuleCause cause, String description) {
		this.leads.raiseByRule(act, household, cause.name(), cause.riskTypes(), description);
	}

	private static @Nullable Income yearOf(List<Income> incomes, int year) {
		return incomes.stream().filter((income) -> income.year() == year).findFirst().orElse(null);
	}

}
