package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.security.Caller;

/**
 * A condition the risk of a case must meet at every step of its elimination: the village's proposal,
 * appraisal and notice, the township's acceptance and the county's approval (guarantees secured, planned
 * measures completed, income above the line, …). The features that hold the data implement it; only the
 * county may override what they report, at approval, with a reason that the timeline keeps.
 */
public interface EliminationCondition {

	/**
	 * @param caller the cadre taking the step or reading the case, whose scope covers the case's household
	 * @return what still stands in the way; empty when the condition is met
	 */
	List<EliminationBlocker> blockers(Caller caller, EliminationSubject subject);

}
