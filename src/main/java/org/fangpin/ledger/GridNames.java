package org.fangpin.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * The names of the grids an export's rows are in, read a page of rows at a time for the codes not met before: a
 * county's roster meets its 3,300 grids in 150,000 rows, which the database would otherwise join three times a
 * row (a third of the roster's statement).
 */
final class GridNames {

	private final GridService grids;

	private final Map<String, @Nullable String> names = new HashMap<>();

	GridNames(GridService grids) {
		this.grids = grids;
	}

	/** Reads the names of those of {@code codes} not met before. */
	void learn(Collection<@Nullable String> codes) {
		Set<GridCode> unknown = new LinkedHashSet<>();
		for (String code : codes) {
			if (code != null && !this.names.containsKey(code)) {
				unknown.add(new GridCode(code));
			}
		}
		if (unknown.isEmpty()) {
			return;
		}
		List<Grid> found = this.grids.findAll(unknown);
		unknown.forEach((code) -> this.names.put(code.value(), null));
		found.forEach((grid) -> this.names.put(grid.code().value(), grid.name()));
	}

	/** The name of the grid of {@code code}, learnt before; null for a grid that no longer exists. */
	@Nullable String of(String code) {
		return this.names.get(code);
	}

}
