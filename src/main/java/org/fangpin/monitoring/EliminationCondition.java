package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.security.Caller;

/**
 * A condition the risk of a case must meet before the county declares it eliminated (guarantees secured,
 * planned measures completed, income above the line). The features that hold the data implement it; the
 * county may override what they report, with a reason that the timeline keeps.
 */
public interface EliminationCondition {

	/**
	 * @param caller the county officer approving, whose scope covers the case's household
	 * @return what still stands in the way; empty when the condition is met
	 */
	List<EliminationBlocker> blockers(Caller caller, MonitoredCase monitoredCase);

}
