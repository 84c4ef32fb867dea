package org.fangpin.household;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;

/**
 * A resident is a member: the village cadre binds an account to the member whose ID number they checked, and the
 * account then acts for the household that member lives in, and only while the member is registered there.
 */
class ResidentAccountTest extends ApiTest {

	private static final String BIND = """
			mutation($input: BindResidentAccountInput!) {
			  bindResidentAccount(input: $input) { member { id } userErrors { field code message } }
			}""";

	private KeycloakConsole console;

	@BeforeEach
	void console() {
		this.console = new KeycloakConsole(this.issuerUri);
	}

	@AfterEach
	void removeTheAccount() {
		this.console.deleteUser("newresident");
	}

	@Test
	void theDemoResidentIsTheHeadOfTheirHousehold() {
		String head = this.jdbc.queryForObject("SELECT name FROM member WHERE household_id = 1001 AND relation = 'HEAD'",
				String.class);
		GraphQlTester.Response me = graphQlAs(Persona.RESIDENT).documentName("me").execute();
		me.path("me.name").entity(String.class).isEqualTo(head);
		me.path("me.householdId").entity(String.class).isEqualTo(globalId("Household", 1001));
	}

	@Test
	void aBoundAccountActsForTheMembersHouseholdUntilTheMemberIsRemoved() {
		String household = register(Persona.WORKER, GROUP_A1_1, TestData.newIdNumber());
		String spouse = TestData.newIdNumber();
		Map<String, Object> added = graphQlAs(Persona.WORKER).documentName("addMember")
			.variable("input", Map.of("householdId", household, "relation", "SPOUSE", "member", Map.of("name", "钱配偶",
					"idNumber", spouse, "health", "HEALTHY", "labourCapacity", "ORDINARY", "medicalInsurance", true)))
			.execute()
			.path("addMember.member")
			.entity(Map.class)
			.get();
		this.console.createUser("newresident", "钱", "配偶");

		bind(Persona.VILLAGE, "newresident", spouse).path("bindResidentAccount.userErrors").entityList(Object.class).hasSize(0);
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'bindResidentAccount' AND target_id = ?",
				rowId((String) added.get("id")))).isEqualTo(1);

		HttpGraphQlTester resident = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newresident"));
		GraphQlTester.Response me = resident.documentName("me").execute();
		me.path("me.roles").entityList(String.class).containsExactly("RESIDENT");
		me.path("me.householdId").entity(String.class).isEqualTo(household);
		resident.document("{ households(first: 100) { edges { node { id } } } }")
			.execute()
			.path("households.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(household);

		// what the resident does is read by the auditor of their county
		resident.documentName("lifecycle")
			.operationName("declareDifficulty")
			.variable("input", Map.of("riskTypes", List.of("ILLNESS"), "description", "配偶住院"))
			.execute()
			.path("declareDifficulty.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		graphQlAs(Persona.AUDITOR).document("""
				{ auditRecords(operation: "declareDifficulty", first: 5) { edges { node { callerName grids } } } }""")
			.execute()
			.path("auditRecords.edges[0].node.grids")
			.entityList(String.class)
			.containsExactly(GROUP_A1_1);

		graphQlAs(Persona.WORKER).documentName("removeMember")
			.variable("input", Map.of("id", added.get("id"), "version", added.get("version")))
			.execute()
			.path("removeMember.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		HttpGraphQlTester removed = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newresident"));
		removed.documentName("me").execute().path("me.householdId").valueIsNull();
		removed.document("{ households(first: 100) { totalCount } }")
			.execute()
			.path("households.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void onlyTheVillageBindsAndOnlyAMemberOfItsVillage() {
		String elsewhere = TestData.newIdNumber();
		register(Persona.WORKER2, GROUP_B1_1, elsewhere);
		String here = TestData.newIdNumber();
		register(Persona.WORKER, GROUP_A1_1, here);
		this.console.createUser("newresident", "钱", "村民");
		Map<String, Object> before = snapshot();

		bind(Persona.VILLAGE, "newresident", elsewhere).path("bindResidentAccount.userErrors[*].field")
			.entityList(Object.class)
			.containsExactly(List.of("idNumber"));
		bind(Persona.VILLAGE, "newresident", "999902198506150010").path("bindResidentAccount.userErrors[*].field")
			.entityList(Object.class)
			.containsExactly(List.of("idNumber"));
		bind(Persona.VILLAGE, "nobody-of-that-name", here).path("bindResidentAccount.userErrors[*].field")
			.entityList(Object.class)
			.containsExactly(List.of("username"));
		assertError(bind(Persona.WORKER, "newresident", here), ErrorCode.FORBIDDEN, "bindResidentAccount");
		// nobody's account but a resident's own: not the cadre's, not another cadre's, not one bound already
		assertThat(errorCodes(bind(Persona.VILLAGE, "village", here))).containsExactly("FORBIDDEN");
		assertThat(errorCodes(bind(Persona.VILLAGE, "worker", here))).containsExactly("FORBIDDEN");
		assertThat(errorCodes(bind(Persona.VILLAGE, "resident", here))).containsExactly("CONFLICT");
		assertThat(snapshot()).isEqualTo(before);
		graphQlWithToken(tokens().passwordGrant("fangpin-cli", "newresident")).documentName("me")
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.hasSize(0);
	}

	private static List<String> errorCodes(GraphQlTester.Response response) {
		return response.path("bindResidentAccount.userErrors[*].code").entityList(String.class).get();
	}

	private GraphQlTester.Response bind(Persona persona, String username, String idNumber) {
		return graphQlAs(persona).document(BIND)
			.variable("input", Map.of("username", username, "idNumber", idNumber))
			.execute();
	}

	private String register(Persona persona, String group, String idNumber) {
		return graphQlAs(persona).documentName("registerHousehold")
			.variable("input", TestData.registration(group, idNumber))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

}
