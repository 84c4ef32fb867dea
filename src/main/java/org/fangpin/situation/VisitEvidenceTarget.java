package org.fangpin.situation;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** A visit's photos (入户走访): attached by whoever may record the household's visits. */
@Component
class VisitEvidenceTarget implements EvidenceTarget {

	private final VisitMapper visits;

	VisitEvidenceTarget(VisitMapper visits) {
		this.visits = visits;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.VISIT;
	}

	@Override
	public @Nullable Long householdOf(Caller caller, long id) {
		Visit visit = this.visits.findById(caller.scope(), id);
		return (visit != null) ? visit.householdId() : null;
	}

	@Override
	public String provedBy(EvidenceKind kind) {
		return "recordVisit";
	}

}
