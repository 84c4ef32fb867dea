package org.fangpin.security.duties;

import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.HouseholdRow;
import org.jspecify.annotations.Nullable;

/**
 * 办理: one mutation being taken: who takes it, under the duty its schema field declares, in which request.
 * Handed to the mutation's controller method by {@link ActArgumentResolver}; the service checks the grid
 * part of the duty on the record it has found within the caller's scope.
 *
 * @param caller who takes it
 * @param requestId the request, for the audit trail
 * @param duty who may take it (the role part was checked before the mutation ran)
 */
public record Act(Caller caller, String requestId, Duty duty) {

	/** Refuses unless the caller's roles and grids take the mutation for this household. */
	public void check(HouseholdRow household) {
		this.duty.check(this.caller, household);
	}

	/**
	 * The household a resident's own-household mutation ({@code @duty(ownHousehold: true)}) acts for; null for
	 * anyone else.
	 */
	public @Nullable Long residentsHousehold() {
		return this.duty.ownHousehold() ? this.caller.ownHousehold() : null;
	}

	/** Refuses unless the caller's roles and grids take the mutation for this grid. */
	public void check(GridCode grid) {
		this.duty.check(this.caller, grid);
	}

	/**
	 * Whether the caller holds, in this very grid, a duty that takes the mutation: for steps owned by one level
	 * (a level further up covers the grid but does not own the step).
	 */
	public boolean isTakenIn(GridCode grid) {
		return this.caller.duties().stream().anyMatch((held) -> this.duty.isTakenBy(held) && held.grid().equals(grid));
	}

}
