package org.fangpin.household;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.PlainFetcher;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * A household's {@code members}, {@code head}, {@code population} and {@code grid}. A page of households reads
 * them for the whole page with the page itself ({@link #attach}) and hands them down as the page's local context,
 * so that each field is a look-up: no controller method, DataLoader or future for each of a page's households
 * (the household page, P1 in docs/benchmarks.md). A household reached any other way (a case's, a node) has them
 * loaded by a DataLoader, one batch per request.
 */
@Component
class HouseholdRelations implements RuntimeWiringConfigurer {

	private static final String DESCRIPTION = "HouseholdRelations";

	private static final String MEMBERS = "membersOfHousehold";

	private static final String GRIDS = "gridOfHousehold";

	/** What a page's selection may ask of its households' relations. */
	private static final String NODE = "edges/node/";

	private final HouseholdService households;

	private final GridService grids;

	HouseholdRelations(HouseholdService households, GridService grids, BatchLoaderRegistry loaders) {
		this.households = households;
		this.grids = grids;
		loaders.<Long, List<Member>>forName(MEMBERS)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(
					() -> households.membersOf(CallerContext.of(environment), ids)));
		// a household's own grid, even where the caller's grid scope does not reach (a resident's)
		loaders.<GridCode, Grid>forName(GRIDS)
			.registerMappedBatchLoader((codes, environment) -> Mono.fromCallable(() -> gridsByCode(List.copyOf(codes))));
	}

	/**
	 * The relations of a page's households, read once for the page: its members and grids, each null where the
	 * page's selection did not ask for them.
	 */
	private record Attached(Set<Long> households, @Nullable Map<Long, List<Member>> members,
			@Nullable Map<GridCode, Grid> grids) {

		@Nullable List<Member> membersOf(Household household) {
			return (this.members != null && this.households.contains(household.id()))
					? this.members.getOrDefault(household.id(), List.of()) : null;
		}

		boolean holdsGridOf(Household household) {
			return this.grids != null && this.households.contains(household.id());
		}

	}

	/** The page with the relations its selection asks for, read in one statement each and attached to it. */
	DataFetcherResult<Connection<Household>> attach(Caller caller, Connection<Household> page,
			DataFetchingFieldSelectionSet selection) {
		List<Household> nodes = page.edges().stream().map(Connection.Edge::node).toList();
		Set<Long> ids = nodes.stream().map(Household::id).collect(Collectors.toUnmodifiableSet());
		Map<Long, List<Member>> members = selection.containsAnyOf(NODE + "members", NODE + "head", NODE + "population")
				? this.households.membersOf(caller, ids) : null;
		Map<GridCode, Grid> grids = selection.contains(NODE + "grid") ? gridsByCode(
				nodes.stream().map((household) -> new GridCode(household.groupCode())).distinct().toList()) : null;
		return DataFetcherResult.<Connection<Household>>newResult()
			.data(page)
			.localContext(new Attached(ids, members, grids))
			.build();
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Household", (type) -> type
			.dataFetcher("members", new PlainFetcher(DESCRIPTION, ResolvableType.forClassWithGenerics(List.class, Member.class),
					ofMembers((members) -> members)))
			.dataFetcher("head", PlainFetcher.of(DESCRIPTION, Member.class, ofMembers(HouseholdRelations::headOf)))
			.dataFetcher("population", PlainFetcher.of(DESCRIPTION, Integer.class, ofMembers(List::size)))
			.dataFetcher("grid", PlainFetcher.of(DESCRIPTION, Grid.class, (environment) -> {
				Household household = environment.getSource();
				GridCode code = new GridCode(household.groupCode());
				if (environment.getLocalContext() instanceof Attached page && page.holdsGridOf(household)) {
					return Objects.requireNonNull(page.grids()).get(code);
				}
				DataLoader<GridCode, Grid> grids = environment.getDataLoader(GRIDS);
				return Objects.requireNonNull(grids).load(code);
			})));
	}

	/** A field made of the household's members: from the page it came with, else loaded. */
	private static DataFetcher<Object> ofMembers(Function<List<Member>, @Nullable Object> field) {
		return (environment) -> {
			Household household = environment.getSource();
			List<Member> attached = (environment.getLocalContext() instanceof Attached page) ? page.membersOf(household)
					: null;
			if (attached != null) {
				return field.apply(attached);
			}
			DataLoader<Long, List<Member>> members = environment.getDataLoader(MEMBERS);
			return Objects.requireNonNull(members)
				.load(household.id())
				.thenApply((found) -> field.apply((found != null) ? found : List.of()));
		};
	}

	private Map<GridCode, Grid> gridsByCode(List<GridCode> codes) {
		return this.grids.findAll(codes).stream().collect(Collectors.toMap(Grid::code, Function.identity()));
	}

	private static @Nullable Member headOf(List<Member> members) {
		return members.stream().filter((member) -> member.relation() == Relation.HEAD).findFirst().orElse(null);
	}

}
