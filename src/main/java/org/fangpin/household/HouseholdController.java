package org.fangpin.household;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.household.HouseholdInputs.HouseholdFilter;
import org.fangpin.household.HouseholdInputs.MoveHouseholdInput;
import org.fangpin.household.HouseholdInputs.RegisterHouseholdInput;
import org.fangpin.household.HouseholdInputs.UpdateHouseholdInput;
import org.fangpin.household.HouseholdPayloads.HouseholdPayload;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.household}, {@code Query.households} and the household mutations. A page's members, heads,
 * populations and grids come with the page ({@link HouseholdRelations}): a page costs the same few statements
 * whatever its size.
 */
@Controller
class HouseholdController {

	private final HouseholdService households;

	private final HouseholdRelations relations;

	HouseholdController(HouseholdService households, HouseholdRelations relations) {
		this.households = households;
		this.relations = relations;
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
	DataFetcherResult<Connection<Household>> households(@Argument @Nullable HouseholdFilter filter, Page page,
			@ContextValue Caller caller, DataFetchingFieldSelectionSet selection) {
		return this.relations.attach(caller, this.households.list(caller, filter, page), selection);
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

}
