package org.fangpin.grid;

import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.jspecify.annotations.Nullable;

/** A row of {@code grid}: a node of the four-level grid tree. */
public record Grid(GridCode code, @Nullable GridCode parentCode, GridLevel level, String name) {

	/** Seed 002: a group grid looks after 20–40 households and never more than 70. */
	public static final int GROUP_CAPACITY = 70;

}
