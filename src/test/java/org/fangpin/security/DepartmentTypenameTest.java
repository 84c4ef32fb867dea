package org.fangpin.security;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * {@code __typename} names a type and nothing else: the department check lets it through wherever it
 * stands, instead of failing the request with HTTP 500.
 */
class DepartmentTypenameTest extends ApiTest {

	@Test
	void departmentsMayAskForTypenameAtTheRootInAPageAndInAFragmentOnAnInterface() {
		for (Persona department : new Persona[] { Persona.CIVIL, Persona.HEALTH_SYSTEM }) {
			GraphQlTester.Response response = graphQlAs(department).documentName("typename")
				.variable("id", householdIn(GROUP_A1_1))
				.execute();
			response.errors().verify();
			response.path("__typename").entity(String.class).isEqualTo("Query");
			response.path("me.__typename").entity(String.class).isEqualTo("Caller");
			response.path("households.__typename").entity(String.class).isEqualTo("HouseholdConnection");
			response.path("households.edges[0].__typename").entity(String.class).isEqualTo("HouseholdEdge");
			response.path("households.edges[0].node.__typename").entity(String.class).isEqualTo("Household");
			response.path("households.pageInfo.__typename").entity(String.class).isEqualTo("PageInfo");
			response.path("node.__typename").entity(String.class).isEqualTo("Household");
		}
	}

	@Test
	void typenameDoesNotOpenTheFieldsBesideIt() {
		GraphQlTester.Response response = graphQlAs(Persona.CIVIL)
			.document("{ __typename households(first: 1) { edges { node { __typename members { health } } } } }")
			.execute();
		response.errors().expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code"))).verify();
		response.path("households").pathDoesNotExist();
	}

}
