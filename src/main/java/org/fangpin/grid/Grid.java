package org.fangpin.grid;

import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.jspecify.annotations.Nullable;

/** A row of {@code grid}: a node of the four-level grid tree. */
public record Grid(GridCode code, @Nullable GridCode parentCode, GridLevel level, String name) {
}
