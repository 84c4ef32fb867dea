package org.fangpin.evidence;

import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * A kind of record that files are attached to, told by the feature that owns it: where the record is, and
 * which mutation's duty a file of each kind needs (the step it proves). {@code attachEvidence} checks that
 * duty over the record's household, in one place for every kind of record.
 */
public interface EvidenceTarget {

	EvidenceKind.Target target();

	/** The household of record {@code id}, where the caller's scope holds the record; null where it does not. */
	@Nullable Long householdOf(Caller caller, long id);

	/** The mutation whose duty attaches a file of {@code kind}: the step or record the file proves. */
	String provedBy(EvidenceKind kind);

}
