package org.fangpin.security.rows;

import org.fangpin.graphql.ApiException;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

/** The grid a query about households under a grid (a dashboard, a list of findings) is asked for. */
public final class GridInScope {

	private GridInScope() {
	}

	/**
	 * The grid of {@code gridCode}, or without it the caller's only grid; NOT_FOUND unless the caller's scope
	 * covers the households under it, exactly as for a grid that does not exist.
	 */
	public static GridCode of(Caller caller, @Nullable String gridCode) {
		GridCode grid;
		if (gridCode != null) {
			grid = GridCode.parse(gridCode.strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"));
		}
		else if (caller.grids().size() == 1) {
			grid = caller.grids().getFirst();
		}
		else {
			throw ApiException.badInput("请指定网格 (gridCode is required for a caller of several or no grids)");
		}
		if (!caller.scope().coversHouseholdsUnder(grid)) {
			throw ApiException.notFound("网格 " + grid.value());
		}
		return grid;
	}

	/**
	 * The grid of a cadre's work list (a visit plan), as {@link #of}, where a cadre's duty of the caller's covers
	 * it: an auditor or a department reads figures, not the work of those who visit.
	 */
	public static GridCode ofCadreWork(Caller caller, @Nullable String gridCode) {
		GridCode grid = of(caller, gridCode);
		if (caller.dutiesCovering(grid.value()).noneMatch((duty) -> duty.role().isCadre())) {
			throw ApiException.forbidden("走访计划由网格干部使用 (FORBIDDEN: the visit plan is a cadre's work list)");
		}
		return grid;
	}

}
