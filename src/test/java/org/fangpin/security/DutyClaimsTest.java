package org.fangpin.security;

import java.util.List;

import org.fangpin.support.ApiTest;
import org.fangpin.support.KeycloakConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Only a group where a duty belongs gives it: a grid's group under its own ancestors, a county's role group, a
 * department's role group with the department named. Anything else in a token gives nothing.
 */
class DutyClaimsTest extends ApiTest {

	/** Group A1-1's code, but placed under township B: not the grid's group. */
	private static final String MISPLACED = "/999901/999901200/99990110020101";

	@AfterEach
	void cleanUp() {
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		List.of("misplaced", "nameless-department").forEach(console::deleteUser);
		console.deleteGroup(MISPLACED);
	}

	@Test
	void aGridsNameElsewhereInTheRealmIsNoDuty() {
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		console.createGroup("/999901/999901200", "99990110020101");
		String user = console.createUser("misplaced", "错", "位");
		console.giveDutyByHand(user, MISPLACED);
		nothingFor(graphQlWithToken(tokens().passwordGrant("fangpin-cli", "misplaced")));
	}

	@Test
	void aDepartmentDutyWithoutItsDepartmentIsNoDuty() {
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		String user = console.createUser("nameless-department", "无", "名");
		console.giveDutyByHand(user, "/999901/department");
		nothingFor(graphQlWithToken(tokens().passwordGrant("fangpin-cli", "nameless-department")));
	}

	private static void nothingFor(HttpGraphQlTester tester) {
		tester.document("{ me { roles grids { code } } households(first: 5) { totalCount } }")
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.hasSize(0)
			.path("me.grids")
			.entityList(Object.class)
			.hasSize(0)
			.path("households.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

}
