package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.jspecify.annotations.Nullable;

/**
 * One kind of work that waits on a level and ages: a feature that has such work (leads, the procedure's
 * steps, measures) implements it, and the work list asks each (as {@link EliminationCondition}s are asked).
 */
public interface WorkSource {

	WorkKind kind();

	/** How far one duty of a caller reaches into this work: where it acts, and where it sees what is late below. */
	List<WorkReach> reach(HeldDuty duty);

	/** The work within the caller's scope and the reaches, by id after {@code afterId}, at most {@code limit}. */
	List<WorkItem> page(Caller caller, List<WorkReach> reaches, @Nullable Long afterId, int limit);

	long count(Caller caller, List<WorkReach> reaches);

}
