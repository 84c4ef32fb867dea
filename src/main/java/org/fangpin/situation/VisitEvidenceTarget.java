package org.fangpin.situation;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.graphql.ApiException;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.Act;
import org.fangpin.security.Duties;
import org.fangpin.security.HouseholdRow;
import org.fangpin.security.Scope;

import org.springframework.stereotype.Component;

/** A visit's photos (入户走访): attached by whoever may record the household's visits. */
@Component
class VisitEvidenceTarget implements EvidenceTarget {

	private final VisitMapper visits;

	private final HouseholdService households;

	private final Duties duties;

	VisitEvidenceTarget(VisitMapper visits, HouseholdService households, Duties duties) {
		this.visits = visits;
		this.households = households;
		this.duties = duties;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.VISIT;
	}

	@Override
	public HouseholdRow checkAttach(Act act, long id, EvidenceKind kind) {
		Visit visit = this.visits.findById(Scope.of(act.caller()), id);
		Household household = (visit != null) ? this.households.find(act.caller(), visit.householdId()) : null;
		if (household == null) {
			throw ApiException.notFound("走访记录");
		}
		this.duties.of("recordVisit").check(act.caller(), household);
		return household;
	}

}
