package org.fangpin.grid;

import java.util.List;
import java.util.Map;

import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.grid}, {@code Query.grids} and the fields of {@code Grid}, loaded in batches. */
@Controller
class GridController {

	private final GridService grids;

	GridController(GridService grids) {
		this.grids = grids;
	}

	@QueryMapping
	Grid grid(@Argument String code, @ContextValue Caller caller) {
		return this.grids.get(caller, code);
	}

	@QueryMapping
	List<Grid> grids(@Argument @Nullable String parentCode, @ContextValue Caller caller) {
		return this.grids.list(caller, parentCode);
	}

	@BatchMapping
	Map<Grid, Grid> parent(List<Grid> grids, @ContextValue Caller caller) {
		return this.grids.parents(caller, grids);
	}

	@BatchMapping
	Map<Grid, List<Grid>> children(List<Grid> grids, @ContextValue Caller caller) {
		return this.grids.children(caller, grids);
	}

	@BatchMapping
	Map<Grid, Integer> householdCount(List<Grid> grids, @ContextValue Caller caller) {
		return this.grids.householdCounts(caller, grids);
	}

}
