package org.fangpin.grid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.DemoGrids;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts (seed 000 第四条: 网格长, 副网格长, 一级网格员 …; seed 002's working groups) are given in a grid of their
 * level through grid administration, kept in Keycloak on the grid's group, shown on the grid, and grant nothing.
 */
class GridPostTest extends ApiTest {

	private static final String TOWNSHIP_PATH = "/999901/999901100";

	private KeycloakConsole console;

	@BeforeEach
	void console() {
		this.console = new KeycloakConsole(this.issuerUri);
	}

	@AfterEach
	void takeThePostsBack() {
		post("removePost", "gridchief", DemoGrids.TOWNSHIP_A, "GRID_CHIEF");
		post("removePost", "village", DemoGrids.VILLAGE_A1, "VILLAGE_GRID_HEAD");
		this.console.deleteUser("gridchief");
	}

	@Test
	void aCountyLeaderIsMadeTheTownshipsGridChiefAndHoldsNoDutyByIt() {
		String chief = this.console.createUser("gridchief", "王", "县长");
		List<String> rolesBefore = this.console.realmRoles(chief);
		// a post of another level, an unknown account, a village cadre giving posts: refused, nothing written
		post("assignPost", "gridchief", DemoGrids.VILLAGE_A1, "GRID_CHIEF").path("assignPost.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("post");
		post("assignPost", "nobody-here", DemoGrids.TOWNSHIP_A, "GRID_CHIEF").path("assignPost.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("username");
		assertError(graphQlAs(Persona.VILLAGE).documentName("gridAdmin")
			.operationName("assignPost")
			.variable("input", Map.of("username", "gridchief", "gridCode", DemoGrids.TOWNSHIP_A, "post", "GRID_CHIEF"))
			.execute(), ErrorCode.FORBIDDEN, "assignPost");
		assertThat(posts(Persona.TOWNSHIP, DemoGrids.TOWNSHIP_A)).isEmpty();

		post("assignPost", "gridchief", DemoGrids.TOWNSHIP_A, "GRID_CHIEF").path("assignPost.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		// given twice, held once
		post("assignPost", "gridchief", DemoGrids.TOWNSHIP_A, "GRID_CHIEF");
		post("assignPost", "village", DemoGrids.VILLAGE_A1, "VILLAGE_GRID_HEAD");
		assertThat(posts(Persona.TOWNSHIP, DemoGrids.TOWNSHIP_A)).containsExactly(
				Map.of("post", "GRID_CHIEF", "title", "网格长", "username", "gridchief", "name", "王县长"));
		assertThat(posts(Persona.VILLAGE, DemoGrids.VILLAGE_A1)).singleElement()
			.satisfies((post) -> assertThat(post).containsEntry("title", "村级网格负责人").containsEntry("username", "village"));
		// Keycloak holds it on the grid's group; the account got no duty and no role by it
		assertThat(this.console.group(TOWNSHIP_PATH).orElseThrow().get("attributes"))
			.isEqualTo(Map.of("name", List.of("石桥镇"), "level", List.of("TOWNSHIP"), "post.GRID_CHIEF", List.of("gridchief")));
		assertThat(this.console.realmRoles(chief)).isEqualTo(rolesBefore);
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'assignPost'")).isGreaterThanOrEqualTo(2);

		// the grid renamed in Keycloak keeps its posts
		rename(DemoGrids.TOWNSHIP_A, "石桥镇（临时）");
		rename(DemoGrids.TOWNSHIP_A, "石桥镇");
		assertThat(posts(Persona.TOWNSHIP, DemoGrids.TOWNSHIP_A)).extracting((post) -> post.get("username"))
			.containsExactly("gridchief");

		// departments are not shown the grid's people
		graphQlAs(Persona.CIVIL).documentName("gridAdmin")
			.operationName("gridPosts")
			.variable("code", DemoGrids.TOWNSHIP_A)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();

		post("removePost", "gridchief", DemoGrids.TOWNSHIP_A, "GRID_CHIEF").path("removePost.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(posts(Persona.TOWNSHIP, DemoGrids.TOWNSHIP_A)).isEmpty();
	}

	private GraphQlTester.Response post(String operation, String username, String grid, String post) {
		return graphQlAs(Persona.ADMIN).documentName("gridAdmin")
			.operationName(operation)
			.variable("input", Map.of("username", username, "gridCode", grid, "post", post))
			.execute();
	}

	private void rename(String code, String name) {
		graphQlAs(Persona.ADMIN).documentName("gridAdmin")
			.operationName("renameGrid")
			.variable("input", Map.of("code", code, "name", name))
			.execute()
			.path("renameGrid.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** The grid's posts without phones (released by duty, tested with the workers'). */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> posts(Persona persona, String grid) {
		return graphQlAs(persona).documentName("gridAdmin")
			.operationName("gridPosts")
			.variable("code", grid)
			.execute()
			.path("grid.posts")
			.entityList(Map.class)
			.get()
			.stream()
			.map((post) -> {
				Map<String, Object> shown = new HashMap<>((Map<String, Object>) post);
				shown.remove("phone");
				return shown;
			})
			.toList();
	}

}
