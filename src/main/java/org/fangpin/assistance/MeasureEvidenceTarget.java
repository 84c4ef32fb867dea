package org.fangpin.assistance;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** A measure's documents (an agreement, a receipt): attached by whoever may plan the household's measures. */
@Component
class MeasureEvidenceTarget implements EvidenceTarget {

	private final MeasureMapper measures;

	private final CaseService cases;

	MeasureEvidenceTarget(MeasureMapper measures, CaseService cases) {
		this.measures = measures;
		this.cases = cases;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.MEASURE;
	}

	@Override
	public @Nullable Long householdOf(Caller caller, long id) {
		Measure measure = this.measures.findById(caller.scope(), id);
		MonitoredCase monitoredCase = (measure != null) ? this.cases.find(caller, measure.caseId()) : null;
		return (monitoredCase != null) ? monitoredCase.householdId() : null;
	}

	@Override
	public String provedBy(EvidenceKind kind) {
		return "planMeasure";
	}

}
