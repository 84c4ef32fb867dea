package org.fangpin.evidence;

import org.fangpin.security.Act;
import org.fangpin.security.HouseholdRow;

/**
 * A kind of record that files are attached to, implemented by the feature that owns it: it finds the record
 * within the caller's scope and checks the caller's duty for what a file of that kind proves, as the step
 * itself would.
 */
public interface EvidenceTarget {

	EvidenceKind.Target target();

	/**
	 * The household of record {@code id}, once the caller's duty to attach a file of {@code kind} to it is
	 * checked; refuses (NOT_FOUND outside scope, FORBIDDEN without the duty) otherwise.
	 */
	HouseholdRow checkAttach(Act act, long id, EvidenceKind kind);

}
