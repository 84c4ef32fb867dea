package org.fangpin.situation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.graphql.InputCheck;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.EliminationBlocker;
import org.fangpin.monitoring.EliminationCheck;
import org.fangpin.monitoring.EliminationCondition;
import org.fangpin.monitoring.EliminationSubject;
import org.fangpin.security.Caller;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the household's situation must show before its risk is declared eliminated. Seeds 001, 003 and 004:
 * the risk is gone when income is stably above the line and 两不愁三保障 and drinking water are secured. So
 * the evidence must be there, not merely nothing against it: an income record of this or last year above
 * the line of its year and region, and a recent visit that found all six guarantees secured; and no
 * guarantee may be NOT_SECURED as last assessed. After a rollback (seed 004: 风险消除不稳定), the evidence
 * it was rolled back on does not count again: an in-person visit or an income record newer than the rollback
 * must show the risk gone.
 */
@Component
class SituationConditions implements EliminationCondition {

	private final SituationService situation;

	private final Clock clock;

	private final CountySettings settings;

	private final HouseholdService households;

	SituationConditions(SituationService situation, Clock clock, CountySettings settings, HouseholdService households) {
		this.situation = situation;
		this.clock = clock;
		this.settings = settings;
		this.households = households;
	}

	@Override
	public List<EliminationBlocker> blockers(Caller caller, EliminationSubject subject) {
		long household = subject.householdId();
		List<EliminationBlocker> blockers = new ArrayList<>();
		List<GuaranteeItem> unsecured = this.situation.currentGuarantees(caller, List.of(household))
			.get(household)
			.stream()
			.filter((guarantee) -> guarantee.state() == GuaranteeState.NOT_SECURED)
			.map(GuaranteeAssessment::item)
			.toList();
		if (!unsecured.isEmpty()) {
			blockers.add(new EliminationBlocker(EliminationCheck.GUARANTEES_SECURED,
					"最近一次走访评估保障未落实：" + unsecured, "落实这些保障后走访，评估为已保障（recordVisit）"));
		}
		Duration visitPeriod = this.settings.of(
				Objects.requireNonNull(this.households.find(caller, household)).groupCode(),
				CountySetting.ELIMINATION_VISIT_PERIOD);
		if (!hasRecentSecuredVisit(caller, household, visitPeriod)) {
			blockers.add(new EliminationBlocker(EliminationCheck.RECENT_SECURED_VISIT, "近" + visitPeriod.toDays()
					+ "天内没有评估“两不愁三保障”及饮水安全六项均已保障的走访记录",
					"走访该户，评估六项均为已保障（recordVisit）"));
		}
		if (subject.rolledBackAt() != null && !hasEvidenceAfter(caller, household, subject.rolledBackAt())) {
			blockers.add(new EliminationBlocker(EliminationCheck.EVIDENCE_AFTER_ROLLBACK,
					LocalDate.ofInstant(subject.rolledBackAt(), InputCheck.ZONE) + "回退后没有新的入户走访或收入记录",
					"回退后入户走访（recordVisit，IN_PERSON）或录入、更正收入（recordIncome、correctIncome）"));
		}
		EliminationBlocker income = incomeBlocker(caller, household);
		if (income != null) {
			blockers.add(income);
		}
		return blockers;
	}

	private boolean hasRecentSecuredVisit(Caller caller, long household, Duration visitPeriod) {
		Instant since = this.clock.instant().minus(visitPeriod);
		List<Visit> recent = this.situation.visitsOf(caller, List.of(household))
			.get(household)
			.stream()
			.filter((visit) -> !visit.visitedAt().isBefore(since))
			.toList();
		Map<Long, List<Guarantee>> guarantees = this.situation.guaranteesOf(recent.stream().map(Visit::id).toList());
		return recent.stream().anyMatch((visit) -> allSecured(guarantees.get(visit.id())));
	}

	/** An in-person visit made, or an income recorded or corrected, after the rollback. */
	private boolean hasEvidenceAfter(Caller caller, long household, Instant rolledBackAt) {
		boolean visited = this.situation.visitsOf(caller, List.of(household))
			.get(household)
			.stream()
			.anyMatch((visit) -> visit.method() == VisitMethod.IN_PERSON && visit.visitedAt().isAfter(rolledBackAt));
		return visited || this.situation.incomesOf(caller, List.of(household))
			.get(household)
			.stream()
			.anyMatch((income) -> income.recordedAt().isAfter(rolledBackAt));
	}

	private static boolean allSecured(List<Guarantee> guarantees) {
		Set<GuaranteeItem> secured = guarantees.stream()
			.filter((guarantee) -> guarantee.state() == GuaranteeState.SECURED)
			.map(Guarantee::item)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(GuaranteeItem.class)));
		return secured.containsAll(EnumSet.allOf(GuaranteeItem.class));
	}

	/** The latest record of this or last year decides: older incomes say nothing about stability now. */
	private @Nullable EliminationBlocker incomeBlocker(Caller caller, long household) {
		int thisYear = Year.now(this.clock.withZone(InputCheck.ZONE)).getValue();
		Income latest = this.situation.incomesOf(caller, List.of(household))
			.get(household)
			.stream()
			.filter((income) -> income.year() >= thisYear - 1)
			.reduce((earlier, later) -> later)
			.orElse(null);
		if (latest == null) {
			return new EliminationBlocker(EliminationCheck.INCOME_ABOVE_LINE,
					"没有" + (thisYear - 1) + "年或" + thisYear + "年的收入记录", "录入该户本年或上年收入（recordIncome）");
		}
		Boolean below = latest.belowIncomeLine();
		if (below == null) {
			return new EliminationBlocker(EliminationCheck.INCOME_ABOVE_LINE,
					latest.year() + "年未设定本地收入监测标准，无法比较", "县级设定该年度收入监测标准（setIncomeLine）");
		}
		if (below) {
			return new EliminationBlocker(EliminationCheck.INCOME_ABOVE_LINE, latest.year() + "年人均纯收入"
					+ latest.perCapitaNetIncome() + "元低于监测标准" + latest.incomeLine().amount() + "元",
					"收入回升至监测标准以上，录入或更正收入（recordIncome、correctIncome）");
		}
		return null;
	}

}
