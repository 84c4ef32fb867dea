package org.fangpin.me;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.graphql.GlobalId;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.me} and the fields of {@code Caller}. */
@Controller
class CallerController {

	private final GridService grids;

	CallerController(GridService grids) {
		this.grids = grids;
	}

	@QueryMapping
	Caller me(@ContextValue Caller caller) {
		return caller;
	}

	/** A grid the caller holds but the database does not know keeps its code and level, with no name. */
	@SchemaMapping(typeName = "Caller")
	List<CallerGrid> grids(Caller caller) {
		Map<GridCode, Grid> known = this.grids.findAll(caller.grids())
			.stream()
			.collect(Collectors.toMap(Grid::code, Function.identity()));
		return caller.grids().stream().map((code) -> {
			Grid grid = known.get(code);
			return new CallerGrid(code.value(), code.level(), (grid != null) ? grid.name() : null);
		}).toList();
	}

	@SchemaMapping(typeName = "Caller")
	@Nullable String householdId(Caller caller) {
		Long id = caller.householdId();
		return (id != null) ? new GlobalId("Household", id).encode() : null;
	}

}
