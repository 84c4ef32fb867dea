package org.fangpin.me;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;

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

	@SchemaMapping(typeName = "Caller")
	List<Role> roles(Caller caller) {
		return Role.listOf(caller.roleList());
	}

	@SchemaMapping(typeName = "Caller")
	List<CallerDuty> duties(Caller caller) {
		Map<GridCode, CallerGrid> grids = named(caller);
		return caller.duties().stream().map((duty) -> new CallerDuty(duty.role(), grids.get(duty.grid()))).toList();
	}

	@SchemaMapping(typeName = "Caller")
	List<CallerGrid> grids(Caller caller) {
		return List.copyOf(named(caller).values());
	}

	/** A grid the caller holds but the database does not know keeps its code and level, with no name. */
	private Map<GridCode, CallerGrid> named(Caller caller) {
		Map<GridCode, Grid> known = this.grids.findAll(caller.grids())
			.stream()
			.collect(Collectors.toMap(Grid::code, Function.identity()));
		Map<GridCode, CallerGrid> named = new LinkedHashMap<>();
		for (GridCode code : caller.grids()) {
			Grid grid = known.get(code);
			named.put(code, new CallerGrid(code.value(), code.level(), (grid != null) ? grid.name() : null));
		}
		return named;
	}

	/** 职责 as the schema shows it. */
	record CallerDuty(Role role, CallerGrid grid) {
	}

}
