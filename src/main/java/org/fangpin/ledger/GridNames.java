package org.fangpin.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.jspecify.annotations.Nullable;

/**
 * The names of the grids an export's rows are in and of the grids above them, read a page of rows at a time for
 * the grids not met before: a county's roster meets its 3,300 grids in 150,000 rows, whose township's, village's
 * and group's names the database would otherwise join for every row (a third of the roster's statement).
 */
final class GridNames {

	private final GridService grids;

	/** The grids looked up so far: their names, or null for a code that names no grid (any more). */
	private final Map<GridCode, @Nullable String> names = new HashMap<>();

	/** By a row's grid code, the names of its lineage by level (null where it has no grid of that level). */
	private final Map<String, @Nullable String[]> lineages = new HashMap<>();

	GridNames(GridService grids) {
		this.grids = grids;
	}

	/** Reads the names of the lineages of those of {@code codes} not met before. */
	void learn(Collection<String> codes) {
		Set<String> met = new LinkedHashSet<>();
		Set<GridCode> unknown = new LinkedHashSet<>();
		for (String code : codes) {
			if (!this.lineages.containsKey(code) && met.add(code)) {
				new GridCode(code).lineage().stream().filter((grid) -> !this.names.containsKey(grid)).forEach(unknown::add);
			}
		}
		if (!unknown.isEmpty()) {
			unknown.forEach((grid) -> this.names.put(grid, null));
			this.grids.findAll(unknown).forEach((grid) -> this.names.put(grid.code(), grid.name()));
		}
		for (String code : met) {
			@Nullable String[] lineage = new String[GridLevel.values().length];
			new GridCode(code).lineage().forEach((grid) -> lineage[grid.level().ordinal()] = this.names.get(grid));
			this.lineages.put(code, lineage);
		}
	}

	/** The name of the grid at {@code level} in the lineage of {@code code}, learnt before. */
	@Nullable String of(String code, GridLevel level) {
		@Nullable String[] lineage = this.lineages.get(code);
		return (lineage != null) ? lineage[level.ordinal()] : null;
	}

}
