package org.fangpin.situation;

import java.util.ArrayList;
import java.util.List;

import org.fangpin.monitoring.EliminationCondition;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.Caller;

import org.springframework.stereotype.Component;

/**
 * What the household's situation says against declaring its risk eliminated (seeds 001, 004): a
 * guarantee the latest visit found not secured, or a latest per-capita income under the income line.
 */
@Component
class SituationConditions implements EliminationCondition {

	private final SituationService situation;

	SituationConditions(SituationService situation) {
		this.situation = situation;
	}

	@Override
	public List<String> blockers(Caller caller, MonitoredCase monitoredCase) {
		long household = monitoredCase.householdId();
		List<String> blockers = new ArrayList<>();
		List<GuaranteeItem> unsecured = this.situation.currentGuarantees(caller, List.of(household))
			.get(household)
			.stream()
			.filter((guarantee) -> guarantee.state() == GuaranteeState.NOT_SECURED)
			.map(Guarantee::item)
			.toList();
		if (!unsecured.isEmpty()) {
			blockers.add("最近一次走访评估保障未落实：" + unsecured);
		}
		Income latest = this.situation.latestIncome(caller, household);
		if (latest != null && Boolean.TRUE.equals(latest.belowIncomeLine())) {
			blockers.add(latest.year() + "年人均纯收入" + latest.perCapitaNetIncome() + "元低于监测标准"
					+ latest.incomeLine().amount() + "元");
		}
		return blockers;
	}

}
