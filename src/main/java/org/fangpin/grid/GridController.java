package org.fangpin.grid;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** {@code Query.grid}, {@code Query.grids} and the fields of {@code Grid}, loaded in batches. */
@Controller
class GridController {

	private final GridService grids;

	GridController(GridService grids) {
		this.grids = grids;
	}

	@QueryMapping
	Grid grid(@Argument String code, @AuthenticationPrincipal Caller caller) {
		return this.grids.get(caller, code);
	}

	@QueryMapping
	List<Grid> grids(@Argument @Nullable String parentCode, @AuthenticationPrincipal Caller caller) {
		return this.grids.list(caller, parentCode);
	}

	@BatchMapping
	Map<Grid, Grid> parent(List<Grid> grids, GraphQLContext context) {
		return this.grids.parents(CallerContext.require(context), grids);
	}

	@BatchMapping
	Map<Grid, List<Grid>> children(List<Grid> grids, GraphQLContext context) {
		return this.grids.children(CallerContext.require(context), grids);
	}

	@BatchMapping
	Map<Grid, Integer> householdCount(List<Grid> grids, GraphQLContext context) {
		return this.grids.householdCounts(CallerContext.require(context), grids);
	}

}
