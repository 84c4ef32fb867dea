package org.fangpin.monitoring;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.graphql.ApiException;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.Act;
import org.fangpin.security.Duties;
import org.fangpin.security.HouseholdRow;

import org.springframework.stereotype.Component;

/** A case's files attached after their step: under the duty of the step each file proves. */
@Component
class CaseEvidenceTarget implements EvidenceTarget {

	private final CaseService cases;

	private final HouseholdService households;

	private final Duties duties;

	CaseEvidenceTarget(CaseService cases, HouseholdService households, Duties duties) {
		this.cases = cases;
		this.households = households;
		this.duties = duties;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.CASE;
	}

	@Override
	public HouseholdRow checkAttach(Act act, long id, EvidenceKind kind) {
		MonitoredCase found = this.cases.find(act.caller(), id);
		Household household = (found != null) ? this.households.find(act.caller(), found.householdId()) : null;
		Transition step = StepEvidence.provenBy(kind);
		if (household == null || step == null) {
			throw ApiException.notFound("监测对象");
		}
		this.duties.of(step.mutation()).check(act.caller(), household);
		return household;
	}

}
