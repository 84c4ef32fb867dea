package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.fangpin.security.Role;

/**
 * 办理事项: a step a case can take from its status, as a client shows it (a button, or "waiting for the
 * township").
 *
 * @param mutation the Mutation field that takes it
 * @param label what a cadre calls it
 * @param takenBy the roles whose duty it is
 * @param outcomes the statuses it can lead to (an appraisal passes or fails)
 */
public record CaseStep(String mutation, String label, List<Role> takenBy, List<CaseStatus> outcomes) {

	CaseStep leadingAlsoTo(CaseStatus status) {
		List<CaseStatus> more = new ArrayList<>(this.outcomes);
		if (!more.contains(status)) {
			more.add(status);
		}
		return new CaseStep(this.mutation, this.label, this.takenBy, List.copyOf(more));
	}

}
