package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.fangpin.security.Caller;

import org.springframework.stereotype.Component;

/**
 * What the case itself must show before its risk is declared eliminated: no risk of the household still
 * waiting for the village's decision (a risk reported and not weighed is not a risk gone, seed 004:
 * 风险消除简单化), and a contact cadre who looks after it (seed 003: 一户一人精准包抓; seed 001: the contact
 * reports that the household reached the standard).
 */
@Component
class CaseConditions implements EliminationCondition {

	private final LeadMapper leads;

	CaseConditions(LeadMapper leads) {
		this.leads = leads;
	}

	@Override
	public List<EliminationBlocker> blockers(Caller caller, EliminationSubject subject) {
		List<EliminationBlocker> blockers = new ArrayList<>();
		long open = this.leads.findByHouseholds(caller.scope(), List.of(subject.householdId()))
			.stream()
			.filter((lead) -> lead.status() == LeadStatus.OPEN)
			.count();
		if (open > 0) {
			blockers.add(new EliminationBlocker(EliminationCheck.NO_OPEN_LEAD, "该户有" + open + "条风险线索待研判",
					"村干部研判这些线索：纳入的并入本监测对象（acceptLead），不纳入的说明理由（dismissLead）"));
		}
		if (subject.monitoredCase().contactCadreName() == null) {
			blockers.add(new EliminationBlocker(EliminationCheck.CONTACT_CADRE, "未明确监测联系人",
					"村干部明确监测联系人（assignContactCadre）"));
		}
		return blockers;
	}

}
