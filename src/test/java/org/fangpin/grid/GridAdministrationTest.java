package org.fangpin.grid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.gridcode.GridCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.DemoGrids;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grid administration against the real Keycloak: the tree is written to the grid table and mirrored into
 * Keycloak's groups; people get their grids through the API (or the console) and their next token carries
 * them.
 */
class GridAdministrationTest extends ApiTest {

	/** A group grid the demo county does not have: split off group A1-1. */
	private static final String NEW_GROUP = "99990110020109";

	private static final String NEW_GROUP_PATH = "/999901/999901100/999901100201/" + NEW_GROUP;

	/** A second county, administered by someone else. */
	private static final String OTHER_COUNTY = "999902";

	private static final String HAND_MADE_PATH = "/999901/999901100/999901100201/临时小组";

	@Autowired
	GridMirror mirror;

	private KeycloakConsole console;

	@BeforeEach
	void console() {
		this.console = new KeycloakConsole(this.issuerUri);
	}

	@AfterEach
	void putTheDemoCountyBack() {
		this.jdbc.update("UPDATE household SET group_code = ? WHERE group_code = ?", DemoGrids.GROUP_A1_1, NEW_GROUP);
		this.jdbc.update("DELETE FROM grid WHERE code IN (?, ?, ?)", NEW_GROUP, "99990110020108", OTHER_COUNTY);
		List.of("newworker", "otheradmin", "byhand").forEach(this.console::deleteUser);
		List.of(NEW_GROUP_PATH, "/999901/999901100/999901100201/99990110020108", "/" + OTHER_COUNTY, HAND_MADE_PATH)
			.forEach(this.console::deleteGroup);
	}

	@Test
	void anAdministratorSplitsAGroupAndANewWorkerSeesExactlyItsHouseholdsUntilRemoved() {
		List<Long> chosen = this.jdbc.queryForList(
				"SELECT id FROM household WHERE group_code = ? ORDER BY id LIMIT 3", Long.class, DemoGrids.GROUP_A1_1);
		GraphQlTester.Response split = admin().documentName("gridAdmin")
			.operationName("splitGroupGrid")
			.variable("input", Map.of("code", DemoGrids.GROUP_A1_1, "newCode", NEW_GROUP, "name", "东岭村九组",
					"householdIds", chosen.stream().map((id) -> globalId("Household", id)).toList()))
			.execute();
		split.path("splitGroupGrid.userErrors").entityList(Object.class).hasSize(0);
		split.path("splitGroupGrid.moved").entity(Integer.class).isEqualTo(3);
		split.path("splitGroupGrid.newGrid.registeredHouseholds").entity(Integer.class).isEqualTo(3);
		split.path("splitGroupGrid.newGrid.capacity").entity(Integer.class).isEqualTo(70);
		Map<String, Object> group = this.console.group(NEW_GROUP_PATH).orElseThrow();
		assertThat(group.get("attributes")).isEqualTo(Map.of("name", List.of("东岭村九组"), "level", List.of("GROUP")));
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'splitGroupGrid' AND target_id = ?",
				Long.parseLong(NEW_GROUP))).isEqualTo(1);

		this.console.createUser("newworker", "赵", "新");
		admin().documentName("gridAdmin")
			.operationName("assignToGrid")
			.variable("input", membership("newworker", NEW_GROUP, "GRID_WORKER"))
			.execute()
			.path("assignToGrid.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		HttpGraphQlTester worker = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newworker"));
		assertThat(householdIds(worker)).containsExactlyInAnyOrderElementsOf(
				chosen.stream().map((id) -> globalId("Household", id)).toList());
		worker.documentName("me").execute().path("me.roles").entityList(String.class).containsExactly("GRID_WORKER");
		admin().documentName("gridAdmin")
			.operationName("gridWorkers")
			.variable("code", NEW_GROUP)
			.execute()
			.path("grid.workers.edges[*].node.username")
			.entityList(String.class)
			.containsExactly("newworker");

		admin().documentName("gridAdmin")
			.operationName("removeFromGrid")
			.variable("input", membership("newworker", NEW_GROUP, "GRID_WORKER"))
			.execute()
			.path("removeFromGrid.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		HttpGraphQlTester removed = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newworker"));
		assertThat(householdIds(removed)).isEmpty();
		removed.documentName("me").execute().path("me.roles").entityList(String.class).hasSize(0);
	}

	@Test
	void anAdministratorGrantsThemselvesNothing() {
		Map<String, Object> before = snapshot();
		for (String role : List.of("GRID_WORKER", "VILLAGE_CADRE", "TOWNSHIP_OFFICER", "COUNTY_OFFICER", "AUDITOR",
				"GRID_ADMIN", "DEPARTMENT")) {
			String grid = switch (role) {
				case "GRID_WORKER" -> DemoGrids.GROUP_A1_1;
				case "VILLAGE_CADRE" -> DemoGrids.VILLAGE_A1;
				case "TOWNSHIP_OFFICER" -> DemoGrids.TOWNSHIP_A;
				default -> DemoGrids.COUNTY;
			};
			for (String operation : List.of("assignToGrid", "removeFromGrid")) {
				assertThat(admin().documentName("gridAdmin")
					.operationName(operation)
					.variable("input", membership("admin", grid, role))
					.execute()
					.path(operation + ".userErrors[*].code")
					.entityList(String.class)
					.get()).as(operation + " " + role).containsExactly("FORBIDDEN");
			}
		}
		assertThat(snapshot()).isEqualTo(before);
		graphQlAs(Persona.ADMIN).documentName("me").execute().path("me.roles").entityList(String.class)
			.containsExactly("GRID_ADMIN");
	}

	@Test
	void theCountysDutiesAreNotGivenThroughTheApi() {
		this.console.createUser("newworker", "赵", "新");
		for (String role : List.of("COUNTY_OFFICER", "AUDITOR", "GRID_ADMIN", "DEPARTMENT")) {
			assertThat(admin().documentName("gridAdmin")
				.operationName("assignToGrid")
				.variable("input", membership("newworker", DemoGrids.COUNTY, role))
				.execute()
				.path("assignToGrid.userErrors[*].code")
				.entityList(String.class)
				.get()).as(role).containsExactly("FORBIDDEN");
		}
		HttpGraphQlTester unchanged = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newworker"));
		unchanged.documentName("me").execute().path("me.roles").entityList(String.class).hasSize(0);
		assertThat(householdIds(unchanged)).isEmpty();
	}

	@Test
	void anAuditorIsNotMadeACadre() {
		String auditor = this.console.createUser("newworker", "赵", "审");
		this.console.giveDutyByHand(auditor, "/999901/auditor");
		admin().documentName("gridAdmin")
			.operationName("assignToGrid")
			.variable("input", membership("newworker", DemoGrids.GROUP_A1_1, "GRID_WORKER"))
			.execute()
			.path("assignToGrid.userErrors[*].code")
			.entityList(String.class)
			.containsExactly("FORBIDDEN");
		graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newworker")).documentName("me")
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.containsExactly("AUDITOR");
	}

	@Test
	void aGridAdministratorIsGivenNoDutyThatReadsHouseholds() {
		String other = this.console.createUser("newworker", "赵", "管");
		this.console.giveDutyByHand(other, "/999901/grid-admin");
		assertThat(admin().documentName("gridAdmin")
			.operationName("assignToGrid")
			.variable("input", membership("newworker", DemoGrids.VILLAGE_A1, "VILLAGE_CADRE"))
			.execute()
			.path("assignToGrid.userErrors[*].code")
			.entityList(String.class)
			.get()).containsExactly("FORBIDDEN");
		assertThat(householdIds(graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newworker")))).isEmpty();
	}

	@Test
	void removingOneDutyLeavesThePersonsOtherDutiesAndTheAuditorReadsBoth() {
		this.console.createUser("newworker", "赵", "新");
		for (String grid : List.of(DemoGrids.GROUP_A1_1, DemoGrids.GROUP_A1_2)) {
			admin().documentName("gridAdmin")
				.operationName("assignToGrid")
				.variable("input", membership("newworker", grid, "GRID_WORKER"))
				.execute()
				.path("assignToGrid.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}
		admin().documentName("gridAdmin")
			.operationName("assignToGrid")
			.variable("input", membership("newworker", DemoGrids.VILLAGE_A2, "VILLAGE_CADRE"))
			.execute()
			.path("assignToGrid.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		admin().documentName("gridAdmin")
			.operationName("removeFromGrid")
			.variable("input", membership("newworker", DemoGrids.GROUP_A1_1, "GRID_WORKER"))
			.execute()
			.path("removeFromGrid.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		GraphQlTester.Response me = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newworker"))
			.document("{ me { duties { role grid { code } } } }")
			.execute();
		assertThat(me.path("me.duties[*].grid.code").entityList(String.class).get())
			.containsExactlyInAnyOrder(DemoGrids.GROUP_A1_2, DemoGrids.VILLAGE_A2);
		assertThat(me.path("me.duties[*].role").entityList(String.class).get())
			.containsExactlyInAnyOrder("GRID_WORKER", "VILLAGE_CADRE");

		GraphQlTester.Response trail = graphQlAs(Persona.AUDITOR)
			.document("query($op: String) { auditRecords(operation: $op, first: 10) { edges { node { callerName targetId changes } } } }")
			.variable("op", "removeFromGrid")
			.execute();
		trail.path("auditRecords.edges[0].node.targetId").entity(String.class)
			.isEqualTo(globalId("Grid", Long.parseLong(DemoGrids.GROUP_A1_1)));
		trail.path("auditRecords.edges[0].node.changes").entity(String.class)
			.satisfies((changes) -> assertThat(changes).contains("newworker").contains("grid-worker"));
	}

	@Test
	void aVillageCadreMayNeitherShapeTheTreeNorGiveGrids() {
		Map<String, Object> before = snapshot();
		GraphQlTester.Response create = graphQlAs(Persona.VILLAGE).documentName("gridAdmin")
			.operationName("createGrid")
			.variable("input", Map.of("parentCode", DemoGrids.VILLAGE_A1, "code", "99990110020108", "name", "八组"))
			.execute();
		assertError(create, ErrorCode.FORBIDDEN, "createGrid");
		GraphQlTester.Response assign = graphQlAs(Persona.VILLAGE).documentName("gridAdmin")
			.operationName("assignToGrid")
			.variable("input", membership("worker2", DemoGrids.GROUP_A1_1, "GRID_WORKER"))
			.execute();
		assertError(assign, ErrorCode.FORBIDDEN, "assignToGrid");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.console.group("/999901/999901100/999901100201/99990110020108")).isEmpty();
	}

	@Test
	void anAdministratorOfAnotherCountyFindsNoGridHere() {
		this.jdbc.update("INSERT INTO grid (code, parent_code, level, name, created_at) VALUES (?, NULL, 'COUNTY', ?, NOW(3))",
				OTHER_COUNTY, "邻县");
		GridMirror.Report report = this.mirror.reconcile();
		assertThat(report.created()).containsExactly(OTHER_COUNTY, "/" + OTHER_COUNTY + "/county-officer",
				"/" + OTHER_COUNTY + "/department", "/" + OTHER_COUNTY + "/grid-admin", "/" + OTHER_COUNTY + "/auditor");
		String other = this.console.createUser("otheradmin", "钱", "邻");
		this.console.giveDutyByHand(other, "/" + OTHER_COUNTY + "/grid-admin");
		HttpGraphQlTester otherAdmin = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "otheradmin"));

		GraphQlTester.Response assign = otherAdmin.documentName("gridAdmin")
			.operationName("assignToGrid")
			.variable("input", membership("otheradmin", DemoGrids.GROUP_A1_1, "GRID_WORKER"))
			.execute();
		assertError(assign, ErrorCode.NOT_FOUND, "assignToGrid");
		GraphQlTester.Response create = otherAdmin.documentName("gridAdmin")
			.operationName("createGrid")
			.variable("input", Map.of("parentCode", DemoGrids.VILLAGE_A1, "code", "99990110020108", "name", "八组"))
			.execute();
		assertError(create, ErrorCode.NOT_FOUND, "createGrid");
		assertThat(this.console.group("/999901/999901100/999901100201/99990110020108")).isEmpty();
	}

	@Test
	void aGridIsCreatedRenamedAndRetiredInStepWithKeycloak() {
		String path = "/999901/999901100/999901100201/99990110020108";
		GraphQlTester.Response wrongCode = admin().documentName("gridAdmin")
			.operationName("createGrid")
			.variable("input", Map.of("parentCode", DemoGrids.VILLAGE_A1, "code", "99990110020208", "name", "八组"))
			.execute();
		wrongCode.path("createGrid.userErrors[0].field").entityList(String.class).containsExactly("code");
		admin().documentName("gridAdmin")
			.operationName("createGrid")
			.variable("input", Map.of("parentCode", DemoGrids.VILLAGE_A1, "code", "99990110020108", "name", "八组"))
			.execute()
			.path("createGrid.grid.level")
			.entity(String.class)
			.isEqualTo("GROUP");
		admin().documentName("gridAdmin")
			.operationName("renameGrid")
			.variable("input", Map.of("code", "99990110020108", "name", "东岭村八组"))
			.execute()
			.path("renameGrid.grid.name")
			.entity(String.class)
			.isEqualTo("东岭村八组");
		assertThat(this.console.group(path).orElseThrow().get("attributes"))
			.isEqualTo(Map.of("name", List.of("东岭村八组"), "level", List.of("GROUP")));

		// A grid with households under it stays
		admin().documentName("gridAdmin")
			.operationName("retireGrid")
			.variable("input", Map.of("code", DemoGrids.GROUP_A1_2))
			.execute()
			.path("retireGrid.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		admin().documentName("gridAdmin")
			.operationName("retireGrid")
			.variable("input", Map.of("code", "99990110020108"))
			.execute()
			.path("retireGrid.retiredCode")
			.entity(String.class)
			.isEqualTo("99990110020108");
		assertThat(this.console.group(path)).isEmpty();
		assertThat(count("SELECT COUNT(*) FROM grid WHERE code = '99990110020108'")).isZero();
	}

	@Test
	void aGroupDeletedByHandIsRecreatedAndAGroupWithoutAGridIsReportedNotDeleted() {
		this.jdbc.update("INSERT INTO grid (code, parent_code, level, name, created_at) VALUES (?, ?, 'GROUP', ?, NOW(3))",
				"99990110020108", DemoGrids.VILLAGE_A1, "八组");
		GridMirror.Report report = this.mirror.reconcile();
		assertThat(report.created()).containsExactly("99990110020108");
		this.jdbc.update("DELETE FROM grid WHERE code = '99990110020108'");
		this.console.deleteGroup("/999901/999901100/999901100201/99990110020108");
		this.jdbc.update("INSERT INTO grid (code, parent_code, level, name, created_at) VALUES (?, NULL, 'COUNTY', ?, NOW(3))",
				OTHER_COUNTY, "邻县");
		this.mirror.reconcile();
		this.jdbc.update("DELETE FROM grid WHERE code = ?", OTHER_COUNTY);
		this.console.createGroup("/999901/999901100/999901100201", "临时小组");

		GridMirror.Report drift = this.mirror.reconcile();
		assertThat(drift.withoutGrid()).containsExactlyInAnyOrder("/" + OTHER_COUNTY, HAND_MADE_PATH);
		// one county's reconciliation sees that county only
		assertThat(this.mirror.reconcile(new GridCode(DemoGrids.COUNTY)).withoutGrid()).containsExactly(HAND_MADE_PATH);
		this.console.deleteGroup(HAND_MADE_PATH);
		assertThat(this.mirror.reconcile().withoutGrid()).containsExactly("/" + OTHER_COUNTY);
		assertThat(this.console.group("/" + OTHER_COUNTY)).isPresent();
		assertThat(this.mirror.reconcile().created()).isEmpty();
		admin().documentName("gridAdmin")
			.operationName("gridMirror")
			.execute()
			.path("gridMirror.withoutGrid")
			.entityList(String.class)
			.containsExactly("/" + OTHER_COUNTY);
		graphQlAs(Persona.COUNTY).documentName("gridAdmin").operationName("gridMirror").execute()
			.path("gridMirror").valueIsNull();
	}

	@Test
	void theGridListShowsEachGroupsHouseholdsAgainstItsCapacity() {
		GraphQlTester.Response load = admin().documentName("gridAdmin")
			.operationName("gridLoad")
			.variable("parentCode", DemoGrids.VILLAGE_A1)
			.execute();
		load.path("grids[*].capacity").entityList(Integer.class).containsExactly(70, 70);
		load.path("grids[*].overCapacity").entityList(Boolean.class).containsExactly(false, false);
		// Grid administrators count households, they do not read them
		load.path("grids[*].householdCount").entityList(Integer.class).containsExactly(0, 0);
		List<Integer> registered = load.path("grids[*].registeredHouseholds").entityList(Integer.class).get();
		assertThat(registered).containsExactly(
				(int) count("SELECT COUNT(*) FROM household WHERE group_code = ?", DemoGrids.GROUP_A1_1),
				(int) count("SELECT COUNT(*) FROM household WHERE group_code = ?", DemoGrids.GROUP_A1_2));
	}

	@Test
	void aGroupPastItsCapacityIsListedForSplitting() {
		admin().documentName("gridAdmin").operationName("groupsOverCapacity").variable("code", DemoGrids.COUNTY)
			.execute().path("groupsOverCapacity").entityList(Object.class).hasSize(0);
		// The demo groups hold 20 to 40 households each: four of them together are past 70
		List<String> township = List.of(DemoGrids.GROUP_A1_2, DemoGrids.GROUP_A2_1, "99990110020202");
		Map<Long, String> home = new HashMap<>();
		this.jdbc.query("SELECT id, group_code FROM household WHERE group_code IN (?, ?, ?)",
				(row) -> {
					home.put(row.getLong(1), row.getString(2));
				}, township.toArray());
		try {
			// Only the group code changes: the count is what this is about
			this.jdbc.update("UPDATE household SET group_code = ? WHERE group_code IN (?, ?, ?)", DemoGrids.GROUP_A1_1,
					township.get(0), township.get(1), township.get(2));
			GraphQlTester.Response over = admin().documentName("gridAdmin")
				.operationName("groupsOverCapacity")
				.variable("code", DemoGrids.COUNTY)
				.execute();
			over.path("groupsOverCapacity[*].code").entityList(String.class).containsExactly(DemoGrids.GROUP_A1_1);
			over.path("groupsOverCapacity[0].overCapacity").entity(Boolean.class).isEqualTo(true);
		}
		finally {
			home.forEach((id, group) -> this.jdbc.update("UPDATE household SET group_code = ? WHERE id = ?", group, id));
		}
	}

	@Test
	void theWorkersOfAGridComeFromKeycloakWithTheirPhoneMaskedForAuditors() {
		GraphQlTester.Response village = graphQlAs(Persona.VILLAGE).documentName("gridAdmin")
			.operationName("gridWorkers")
			.variable("code", DemoGrids.GROUP_A1_1)
			.execute();
		village.path("grid.workers.totalCount").entity(Integer.class).isEqualTo(1);
		village.path("grid.workers.edges[0].node.username").entity(String.class).isEqualTo("worker");
		village.path("grid.workers.edges[0].node.roles").entityList(String.class).containsExactly("GRID_WORKER");
		village.path("grid.workers.edges[0].node.phone").entity(String.class).isEqualTo("13800001234");
		graphQlAs(Persona.AUDITOR).documentName("gridAdmin")
			.operationName("gridWorkers")
			.variable("code", DemoGrids.GROUP_A1_1)
			.execute()
			.path("grid.workers.edges[0].node.phone")
			.entity(String.class)
			.isEqualTo("138****1234");
		GraphQlTester.Response county = graphQlAs(Persona.COUNTY).documentName("gridAdmin")
			.operationName("gridWorkers")
			.variable("code", DemoGrids.COUNTY)
			.variable("first", 2)
			.execute();
		county.path("grid.workers.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		county.path("grid.workers.edges").entityList(Object.class).hasSize(2);
	}

	@Test
	void aVillagesLedgerNamesItsCadreAndEachGroupsHouseholdsAndWorker() {
		GraphQlTester.Response ledger = graphQlAs(Persona.TOWNSHIP).documentName("gridAdmin")
			.operationName("villageLedger")
			.variable("code", DemoGrids.VILLAGE_A1)
			.execute();
		ledger.path("grid.workers.edges[*].node.phone").entityList(String.class).containsExactly("13900001234");
		ledger.path("grid.children[*].code").entityList(String.class)
			.containsExactly(DemoGrids.GROUP_A1_1, DemoGrids.GROUP_A1_2);
		ledger.path("grid.children[0].registeredHouseholds").entity(Integer.class)
			.isEqualTo((int) count("SELECT COUNT(*) FROM household WHERE group_code = ?", DemoGrids.GROUP_A1_1));
		ledger.path("grid.children[0].workers.edges[*].node.phone").entityList(String.class)
			.containsExactly("13800001234");
		ledger.path("grid.children[1].workers.edges").entityList(Object.class).hasSize(0);
	}

	private HttpGraphQlTester admin() {
		return graphQlAs(Persona.ADMIN);
	}

	private static Map<String, Object> membership(String username, String grid, String role) {
		return Map.of("username", username, "gridCode", grid, "role", role);
	}

	private static List<String> householdIds(HttpGraphQlTester tester) {
		return tester.documentName("households")
			.variable("first", 100)
			.execute()
			.path("households.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

}
