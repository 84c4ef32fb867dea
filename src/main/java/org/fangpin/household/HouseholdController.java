package org.fangpin.household;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.HouseholdInputs.HouseholdFilter;
import org.fangpin.household.HouseholdInputs.MoveHouseholdInput;
import org.fangpin.household.HouseholdInputs.RegisterHouseholdInput;
import org.fangpin.household.HouseholdInputs.UpdateHouseholdInput;
import org.fangpin.household.HouseholdPayloads.HouseholdPayload;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.household}, {@code Query.households}, the household mutations and the fields of
 * {@code Household}. Members, heads and populations of a page share one batch load, and grids another:
 * a page costs the same few statements whatever its size.
 */
@Controller
class HouseholdController {

	private final HouseholdService households;

	private final GridService grids;

	HouseholdController(HouseholdService households, GridService grids, BatchLoaderRegistry loaders) {
		this.households = households;
		this.grids = grids;
		loaders.<Long, List<Member>>forName("membersOfHousehold")
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(
					() -> households.membersOf(CallerContext.of(environment), ids)));
	}

	@Bean
	static NodeResolver householdNodes(HouseholdService households) {
		return NodeResolver.of("Household", true, households::find);
	}

	@QueryMapping
	Household household(@Argument String id, @ContextValue Caller caller) {
		return this.households.get(caller, id);
	}

	@QueryMapping
	Connection<Household> households(@Argument @Nullable HouseholdFilter filter, Page page, @ContextValue Caller caller) {
		return this.households.list(caller, filter, page);
	}

	@MutationMapping
	HouseholdPayload registerHousehold(@Argument RegisterHouseholdInput input, Act act) {
		return this.households.register(act, input);
	}

	@MutationMapping
	HouseholdPayload updateHousehold(@Argument UpdateHouseholdInput input, Act act) {
		return this.households.update(act, input);
	}

	@MutationMapping
	HouseholdPayload moveHousehold(@Argument MoveHouseholdInput input, Act act) {
		return this.households.move(act, input);
	}

	/** A household's own grid, even where the caller's grid scope does not reach (a resident's). */
	@BatchMapping(typeName = "Household")
	Map<Household, Grid> grid(List<Household> households) {
		Map<GridCode, Grid> byCode = this.grids
			.findAll(households.stream().map((household) -> new GridCode(household.groupCode())).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Grid::code, Function.identity()));
		return households.stream()
			.collect(Collectors.toMap(Function.identity(), (household) -> byCode.get(new GridCode(household.groupCode()))));
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<List<Member>> members(Household household, DataLoader<Long, List<Member>> membersOfHousehold) {
		return membersOfHousehold.load(household.id()).thenApply((members) -> (members != null) ? members : List.of());
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<@Nullable Member> head(Household household, DataLoader<Long, List<Member>> membersOfHousehold) {
		return members(household, membersOfHousehold).thenApply((members) -> members.stream()
			.filter((member) -> member.relation() == Relation.HEAD)
			.findFirst()
			.orElse(null));
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<Integer> population(Household household, DataLoader<Long, List<Member>> membersOfHousehold) {
		return members(household, membersOfHousehold).thenApply(List::size);
	}

}
