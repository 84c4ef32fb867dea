package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.security.Caller;

/**
 * The measures of a case, as the feature that holds them counts them for a step of the case (the village's
 * appraisal and notice of the household's measures, seed 001): implemented where the measures are.
 */
public interface CaseMeasures {

	/** The ids of the case's measures not cancelled, oldest first. */
	List<Long> notCancelled(Caller caller, MonitoredCase monitoredCase);

}
