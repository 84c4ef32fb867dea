package org.fangpin.me;

import org.fangpin.gridcode.GridLevel;
import org.jspecify.annotations.Nullable;

/** A grid as listed on the caller: its name is null when the grid tree does not (yet) hold the code. */
record CallerGrid(String code, GridLevel level, @Nullable String name) {
}
