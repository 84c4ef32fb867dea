package org.fangpin.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.grid.GridAdminInputs.CreateGridInput;
import org.fangpin.grid.GridAdminInputs.GridMembershipInput;
import org.fangpin.grid.GridAdminInputs.GridMembershipPayload;
import org.fangpin.grid.GridAdminInputs.GridPayload;
import org.fangpin.grid.GridAdminInputs.PostInput;
import org.fangpin.grid.GridAdminInputs.RenameGridInput;
import org.fangpin.grid.GridAdminInputs.RetireGridInput;
import org.fangpin.grid.GridAdminInputs.RetireGridPayload;
import org.fangpin.grid.GridAdminInputs.SplitGroupGridInput;
import org.fangpin.grid.GridAdminInputs.SplitGroupGridPayload;
import org.fangpin.grid.GridWorkers.GridWorker;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The grid administration mutations, the capacity and people of a {@code Grid}, and the mirror's report. */
@Controller
class GridAdminController {

	private final GridAdminService admin;

	private final GridService grids;

	private final GridWorkers workers;

	private final GridMirror mirror;

	private final Duties duties;

	GridAdminController(GridAdminService admin, GridService grids, GridWorkers workers, GridMirror mirror,
			Duties duties) {
		this.admin = admin;
		this.grids = grids;
		this.workers = workers;
		this.mirror = mirror;
		this.duties = duties;
	}

	@MutationMapping
	GridPayload createGrid(@Argument CreateGridInput input, Act act) {
		return this.admin.create(act, input);
	}

	@MutationMapping
	GridPayload renameGrid(@Argument RenameGridInput input, Act act) {
		return this.admin.rename(act, input);
	}

	@MutationMapping
	RetireGridPayload retireGrid(@Argument RetireGridInput input, Act act) {
		return this.admin.retire(act, input);
	}

	@MutationMapping
	SplitGroupGridPayload splitGroupGrid(@Argument SplitGroupGridInput input, Act act) {
		return this.admin.split(act, input);
	}

	@MutationMapping
	GridMembershipPayload assignToGrid(@Argument GridMembershipInput input, Act act) {
		return this.admin.assign(act, input);
	}

	@MutationMapping
	GridMembershipPayload removeFromGrid(@Argument GridMembershipInput input, Act act) {
		return this.admin.remove(act, input);
	}

	@MutationMapping
	GridMembershipPayload assignPost(@Argument PostInput input, Act act) {
		return this.admin.post(act, input, true);
	}

	@MutationMapping
	GridMembershipPayload removePost(@Argument PostInput input, Act act) {
		return this.admin.post(act, input, false);
	}

	@QueryMapping
	List<Grid> groupsOverCapacity(@Argument String code, @ContextValue Caller caller) {
		return this.grids.groupsOver(caller, code, Grid.GROUP_CAPACITY);
	}

	/** Only those who may give grids see how Keycloak's groups match the tree. */
	@QueryMapping
	GridMirror.@Nullable Report gridMirror(@ContextValue Caller caller) {
		return this.duties.of("assignToGrid").isHeldBy(caller) ? this.mirror.lastReport() : null;
	}

	@SchemaMapping(typeName = "Grid")
	@Nullable Integer capacity(Grid grid) {
		return (grid.level() == GridLevel.GROUP) ? Grid.GROUP_CAPACITY : null;
	}

	@BatchMapping
	Map<Grid, Integer> registeredHouseholds(List<Grid> grids, @ContextValue Caller caller) {
		return this.grids.registeredCounts(caller, grids);
	}

	@BatchMapping
	Map<Grid, Boolean> overCapacity(List<Grid> grids, @ContextValue Caller caller) {
		Map<Grid, Integer> counts = this.grids.registeredCounts(caller, grids);
		Map<Grid, Boolean> result = new LinkedHashMap<>();
		grids.forEach((grid) -> result.put(grid, grid.level() == GridLevel.GROUP
				&& counts.getOrDefault(grid, 0) > Grid.GROUP_CAPACITY));
		return result;
	}

	@SchemaMapping(typeName = "Grid")
	List<GridWorkers.PostHolder> posts(Grid grid) {
		return this.workers.posts(grid.code());
	}

	@SchemaMapping(typeName = "Grid")
	Connection<GridWorker> workers(Grid grid, @Argument @Nullable Role role, Page page) {
		return this.workers.page(grid.code(), role, page);
	}

}
