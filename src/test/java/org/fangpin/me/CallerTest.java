package org.fangpin.me;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.GlobalId;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code me} shows what the API made of each demo account's real token. */
class CallerTest extends ApiTest {

	@Test
	void countyOfficerHoldsTheCounty() {
		GraphQlTester.Response me = me(Persona.COUNTY);
		me.path("me.roles").entityList(String.class).containsExactly("COUNTY_OFFICER");
		assertThat(grids(me)).containsExactly(Map.of("code", "999901", "level", "COUNTY", "name", "青禾县"));
		me.path("me.department").valueIsNull();
		me.path("me.householdId").valueIsNull();
	}

	@Test
	void gridWorkerHoldsOneGroupOfVillageA1() {
		GraphQlTester.Response me = me(Persona.WORKER);
		me.path("me.roles").entityList(String.class).containsExactly("GRID_WORKER");
		me.path("me.name").entity(String.class).isEqualTo("刘小红");
		assertThat(grids(me))
			.containsExactly(Map.of("code", "99990110020101", "level", "GROUP", "name", "东岭村一组"));
	}

	@Test
	void workerOfTownshipBHoldsAGroupThere() {
		assertThat(grids(me(Persona.WORKER2)))
			.containsExactly(Map.of("code", "99990120020101", "level", "GROUP", "name", "柳坪村一组"));
	}

	@Test
	void villageCadreAndTownshipOfficerHoldTheirLevels() {
		assertThat(grids(me(Persona.VILLAGE)))
			.containsExactly(Map.of("code", "999901100201", "level", "VILLAGE", "name", "东岭村"));
		assertThat(grids(me(Persona.TOWNSHIP)))
			.containsExactly(Map.of("code", "999901100", "level", "TOWNSHIP", "name", "石桥镇"));
	}

	@Test
	void departmentUserSpeaksForCivilAffairs() {
		GraphQlTester.Response me = me(Persona.CIVIL);
		me.path("me.roles").entityList(String.class).containsExactly("DEPARTMENT");
		me.path("me.department").entity(String.class).isEqualTo("CIVIL_AFFAIRS");
		assertThat(grids(me)).extracting((grid) -> grid.get("code")).containsExactly("999901");
	}

	@Test
	void departmentSystemAuthenticatesWithClientCredentials() {
		GraphQlTester.Response me = me(Persona.HEALTH_SYSTEM);
		me.path("me.roles").entityList(String.class).containsExactly("DEPARTMENT");
		me.path("me.department").entity(String.class).isEqualTo("HEALTH");
		assertThat(grids(me)).extracting((grid) -> grid.get("code")).containsExactly("999901");
	}

	@Test
	void residentIsBoundToTheirHouseholdAndHoldsNoGrid() {
		GraphQlTester.Response me = me(Persona.RESIDENT);
		me.path("me.roles").entityList(String.class).containsExactly("RESIDENT");
		me.path("me.grids").entityList(Object.class).hasSize(0);
		me.path("me.householdId").entity(String.class).isEqualTo(new GlobalId("Household", 1001).encode());
	}

	@Test
	void auditorAndGridAdminHoldTheCounty() {
		me(Persona.AUDITOR).path("me.roles").entityList(String.class).containsExactly("AUDITOR");
		me(Persona.ADMIN).path("me.roles").entityList(String.class).containsExactly("GRID_ADMIN");
	}

	private GraphQlTester.Response me(Persona persona) {
		return graphQlAs(persona).documentName("me").execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> grids(GraphQlTester.Response me) {
		return me.path("me.grids").entity(List.class).get();
	}

}
