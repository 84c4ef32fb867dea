package org.fangpin.monitoring;

import java.util.Objects;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** A case's files attached after their step: under the duty of the step each file proves ({@link StepEvidence}). */
@Component
class CaseEvidenceTarget implements EvidenceTarget {

	private final CaseService cases;

	CaseEvidenceTarget(CaseService cases) {
		this.cases = cases;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.CASE;
	}

	@Override
	public @Nullable Long householdOf(Caller caller, long id) {
		MonitoredCase found = this.cases.find(caller, id);
		return (found != null) ? found.householdId() : null;
	}

	/** Every kind of a case's file is asked for by a step (StepEvidence's table covers them all). */
	@Override
	public String provedBy(EvidenceKind kind) {
		return Objects.requireNonNull(StepEvidence.provenBy(kind), kind::name).mutation();
	}

}
