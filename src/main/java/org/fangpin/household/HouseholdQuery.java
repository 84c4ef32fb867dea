package org.fangpin.household;

import java.util.Locale;

import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * A checked household filter, as the mapper uses it.
 *
 * @param grid households under this grid
 * @param category of this category
 * @param namePattern a LIKE pattern (escape character {@code !}) a member's name matches
 * @param idNumberHash the keyed hash of a member's ID number
 */
record HouseholdQuery(@Nullable GridCode grid, @Nullable HouseholdCategory category, @Nullable String namePattern,
		byte @Nullable [] idNumberHash) {

	static final HouseholdQuery ALL = new HouseholdQuery(null, null, null, null);

	/** For the SQL: the column of the filter grid's level. */
	public @Nullable String getGridColumn() {
		return (this.grid != null) ? this.grid.level().getHouseholdColumn() : null;
	}

	/** For the SQL: the filter grid's level as its household index names it (county, township, …). */
	public @Nullable String getGridLevel() {
		return (this.grid != null) ? this.grid.level().name().toLowerCase(Locale.ROOT) : null;
	}

}
