package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.security.Role;

/**
 * 办理事项: a step a case can take from its status, as a client shows it (a button, or "waiting for the
 * township").
 *
 * @param mutation the Mutation field that takes it
 * @param label what a cadre calls it
 * @param takenBy the roles whose duty it is
 * @param outcomes the statuses it can lead to now (an appraisal passes or fails); none while it is refused
 * @param files the files it asks for, required or recommended where the case is
 * @param blockers what refuses it, or the outcomes not listed, now
 */
public record CaseStep(String mutation, String label, List<Role> takenBy, List<CaseStatus> outcomes,
		List<EvidenceAsk> files, List<StepBlocker> blockers) {

	/** Whether a case screen offers it: some outcome is not refused. */
	boolean offered() {
		return !this.outcomes.isEmpty();
	}

	/** 所需材料: a file a step asks for, as the county where the case is requires or recommends it. */
	public record EvidenceAsk(EvidenceKind kind, String label, boolean required) {
	}

}
