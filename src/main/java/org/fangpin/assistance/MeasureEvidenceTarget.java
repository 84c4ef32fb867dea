package org.fangpin.assistance;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.graphql.ApiException;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.Act;
import org.fangpin.security.Duties;
import org.fangpin.security.HouseholdRow;
import org.fangpin.security.Scope;

import org.springframework.stereotype.Component;

/** A measure's documents (an agreement, a receipt): attached by whoever may plan the household's measures. */
@Component
class MeasureEvidenceTarget implements EvidenceTarget {

	private final MeasureMapper measures;

	private final CaseService cases;

	private final HouseholdService households;

	private final Duties duties;

	MeasureEvidenceTarget(MeasureMapper measures, CaseService cases, HouseholdService households, Duties duties) {
		this.measures = measures;
		this.cases = cases;
		this.households = households;
		this.duties = duties;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.MEASURE;
	}

	@Override
	public HouseholdRow checkAttach(Act act, long id, EvidenceKind kind) {
		Measure measure = this.measures.findById(Scope.of(act.caller()), id);
		MonitoredCase monitoredCase = (measure != null) ? this.cases.find(act.caller(), measure.caseId()) : null;
		Household household = (monitoredCase != null) ? this.households.find(act.caller(), monitoredCase.householdId())
				: null;
		if (household == null) {
			throw ApiException.notFound("帮扶措施");
		}
		this.duties.of("planMeasure").check(act.caller(), household);
		return household;
	}

}
