package org.fangpin.household;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.TOWNSHIP_B;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/** Every persona lists, counts and reaches exactly the households of its scope, nothing more. */
class HouseholdScopeTest extends ApiTest {

	@Test
	void eachPersonaCountsExactlyTheHouseholdsUnderItsGrids() {
		assertThat(totalCount(Persona.WORKER)).isEqualTo(householdsUnder("group_code", GROUP_A1_1));
		assertThat(totalCount(Persona.WORKER2)).isEqualTo(householdsUnder("group_code", GROUP_B1_1));
		assertThat(totalCount(Persona.VILLAGE)).isEqualTo(householdsUnder("village_code", VILLAGE_A1));
		assertThat(totalCount(Persona.TOWNSHIP)).isEqualTo(householdsUnder("township_code", TOWNSHIP_A));
		assertThat(totalCount(Persona.COUNTY)).isEqualTo(householdsUnder("county_code", COUNTY));
		assertThat(totalCount(Persona.AUDITOR)).isEqualTo(householdsUnder("county_code", COUNTY));
	}

	@Test
	void gridWorkerListsOnlyTheirGroupAcrossAllPages() {
		List<String> seen = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = graphQlAs(Persona.WORKER).documentName("households")
				.variable("first", 7)
				.variable("after", after)
				.execute();
			page.path("households.edges[*].node.grid.code")
				.entityList(String.class)
				.satisfies((codes) -> assertThat(codes).containsOnly(GROUP_A1_1));
			seen.addAll(page.path("households.edges[*].node.id").entityList(String.class).get());
			more = page.path("households.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("households.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize((int) householdsUnder("group_code", GROUP_A1_1));
	}

	@Test
	void residentSeesExactlyTheirOwnHousehold() {
		GraphQlTester.Response response = graphQlAs(Persona.RESIDENT).documentName("households").execute();
		response.path("households.totalCount").entity(Long.class).isEqualTo(1L);
		response.path("households.edges[*].node.id").entityList(String.class).containsExactly(globalId("Household", 1001));
		graphQlAs(Persona.RESIDENT).documentName("household")
			.variable("id", globalId("Household", 1001))
			.execute()
			.path("household.grid.code")
			.entity(String.class)
			.isEqualTo(GROUP_A1_1);
	}

	@Test
	void gridAdministratorSeesTheTreeButNoHousehold() {
		assertThat(totalCount(Persona.ADMIN)).isZero();
		graphQlAs(Persona.ADMIN).documentName("grid")
			.variable("code", COUNTY)
			.execute()
			.path("grid.householdCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void householdOutsideScopeIsNotFoundLikeAMissingOne() {
		String otherTownship = householdIn(GROUP_B1_1);
		assertError(graphQlAs(Persona.WORKER).documentName("household").variable("id", otherTownship).execute(),
				ErrorCode.NOT_FOUND, "household");
		assertError(graphQlAs(Persona.TOWNSHIP).documentName("household").variable("id", otherTownship).execute(),
				ErrorCode.NOT_FOUND, "household");
		assertError(graphQlAs(Persona.WORKER).documentName("household")
			.variable("id", globalId("Household", 999_999_999L))
			.execute(), ErrorCode.NOT_FOUND, "household");
		assertThat(errorMessage(Persona.WORKER, otherTownship))
			.isEqualTo(errorMessage(Persona.WORKER, globalId("Household", 999_999_999L)));
	}

	private String errorMessage(Persona persona, String householdId) {
		List<String> messages = new ArrayList<>();
		graphQlAs(persona).documentName("household")
			.variable("id", householdId)
			.execute()
			.errors()
			.satisfy((errors) -> errors.forEach((error) -> messages.add(error.getMessage())));
		assertThat(messages).hasSize(1);
		return messages.getFirst();
	}

	@Test
	void nodeOutsideScopeIsNotFound() {
		String household = householdIn(GROUP_B1_1);
		long memberId = count("SELECT MIN(m.id) FROM member m JOIN household h ON h.id = m.household_id WHERE h.group_code = ?",
				GROUP_B1_1);
		for (String id : List.of(household, globalId("Member", memberId), "not-a-global-id")) {
			assertError(graphQlAs(Persona.WORKER).documentName("node").variable("id", id).execute(), ErrorCode.NOT_FOUND,
					"node");
		}
		graphQlAs(Persona.WORKER2).documentName("node")
			.variable("id", globalId("Member", memberId))
			.execute()
			.path("node.id")
			.entity(String.class)
			.isEqualTo(globalId("Member", memberId));
	}

	@Test
	void villageCadreReachesTheirVillageByIdAndNestedFieldsStayInScope() {
		GraphQlTester.Response response = graphQlAs(Persona.VILLAGE).documentName("household")
			.variable("id", householdIn(GROUP_A1_2))
			.execute();
		response.path("household.grid.code").entity(String.class).isEqualTo(GROUP_A1_2);
		List<String> householdOfEachMember = response.path("household.members[*].household.id")
			.entityList(String.class)
			.get();
		assertThat(new HashSet<>(householdOfEachMember)).containsExactly(householdIn(GROUP_A1_2));
	}

	@Test
	void gridsAreScopedAndCountOnlyVisibleHouseholds() {
		graphQlAs(Persona.WORKER).documentName("grids")
			.execute()
			.path("grids[*].code")
			.entityList(String.class)
			.containsExactly(GROUP_A1_1);
		GraphQlTester.Response village = graphQlAs(Persona.VILLAGE).documentName("grid")
			.variable("code", VILLAGE_A1)
			.execute();
		village.path("grid.parent").valueIsNull();
		village.path("grid.householdCount").entity(Long.class).isEqualTo(householdsUnder("village_code", VILLAGE_A1));
		village.path("grid.children[*].code").entityList(String.class).containsExactly(GROUP_A1_1, GROUP_A1_2);
		graphQlAs(Persona.TOWNSHIP).documentName("grid")
			.variable("code", VILLAGE_A1)
			.execute()
			.path("grid.parent.code")
			.entity(String.class)
			.isEqualTo(TOWNSHIP_A);
		assertError(graphQlAs(Persona.VILLAGE).documentName("grid").variable("code", TOWNSHIP_B).execute(),
				ErrorCode.NOT_FOUND, "grid");
		assertError(graphQlAs(Persona.WORKER).documentName("grids").variable("parentCode", VILLAGE_A1).execute(),
				ErrorCode.NOT_FOUND, "grids");
		// the children's counts add up to the parent's
		graphQlAs(Persona.COUNTY).documentName("grids")
			.variable("parentCode", TOWNSHIP_A)
			.execute()
			.path("grids[*].householdCount")
			.entityList(Long.class)
			.satisfies((counts) -> assertThat(counts.stream().mapToLong(Long::longValue).sum())
				.isEqualTo(householdsUnder("township_code", TOWNSHIP_A)));
	}

	@Test
	void filtersNarrowWithinScope() {
		Map<String, Object> someone = this.jdbc.queryForMap("""
				SELECT m.name, m.household_id FROM member m JOIN household h ON h.id = m.household_id
				WHERE h.group_code = ? ORDER BY m.id LIMIT 1""", GROUP_A1_1);
		GraphQlTester.Response byName = graphQlAs(Persona.WORKER).documentName("households")
			.variable("filter", Map.of("nameContains", someone.get("name")))
			.execute();
		byName.path("households.edges[*].node.id")
			.entityList(String.class)
			.contains(globalId("Household", ((Number) someone.get("household_id")).longValue()));
		assertThat(byName.path("households.totalCount").entity(Long.class).get()).isEqualTo(count("""
				SELECT COUNT(DISTINCT h.id) FROM household h JOIN member m ON m.household_id = h.id
				WHERE h.group_code = ? AND m.name LIKE ?""", GROUP_A1_1, "%" + someone.get("name") + "%"));

		graphQlAs(Persona.TOWNSHIP).documentName("households")
			.variable("filter", Map.of("gridCode", GROUP_A1_2, "category", "ALLEVIATED"))
			.execute()
			.path("households.totalCount")
			.entity(Long.class)
			.isEqualTo(count("SELECT COUNT(*) FROM household WHERE group_code = ? AND category = 'ALLEVIATED'",
					GROUP_A1_2));
		// a grid outside the caller's scope filters down to nothing, it does not widen the scope
		graphQlAs(Persona.WORKER).documentName("households")
			.variable("filter", Map.of("gridCode", TOWNSHIP_B))
			.execute()
			.path("households.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
		// wildcards in a name are matched literally
		graphQlAs(Persona.COUNTY).documentName("households")
			.variable("filter", Map.of("nameContains", "%"))
			.execute()
			.path("households.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
	}

	@Test
	void malformedFiltersAndPageSizesAreBadInput() {
		assertError(graphQlAs(Persona.COUNTY).documentName("households").variable("first", 101).execute(),
				ErrorCode.BAD_USER_INPUT, "households");
		assertError(graphQlAs(Persona.COUNTY).documentName("households").variable("first", 0).execute(),
				ErrorCode.BAD_USER_INPUT, "households");
		assertError(graphQlAs(Persona.COUNTY).documentName("households").variable("after", "garbage").execute(),
				ErrorCode.BAD_USER_INPUT, "households");
		assertError(graphQlAs(Persona.COUNTY).documentName("households")
			.variable("filter", Map.of("gridCode", "12345"))
			.execute(), ErrorCode.BAD_USER_INPUT, "households");
		assertError(graphQlAs(Persona.COUNTY).documentName("households")
			.variable("filter", Map.of("idNumber", "110105194912310021"))
			.execute(), ErrorCode.BAD_USER_INPUT, "households");
		graphQlAs(Persona.COUNTY).documentName("households")
			.variable("filter", Map.of("category", "RICH"))
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")))
			.verify();
	}

	private long totalCount(Persona persona) {
		return graphQlAs(persona).documentName("households").execute().path("households.totalCount").entity(Long.class).get();
	}

	private long householdsUnder(String column, String code) {
		return count("SELECT COUNT(*) FROM household WHERE " + column + " = ?", code);
	}

}
