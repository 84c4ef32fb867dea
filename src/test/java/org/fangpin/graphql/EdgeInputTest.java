package org.fangpin.graphql;

import java.util.Map;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Dates outside the years 1900 to 2100 and non-finite amounts are refused while the request is read, as
 * BAD_USER_INPUT naming the value; nothing reaches the database.
 */
class EdgeInputTest extends ApiTest {

	@Test
	void aVisitDatedOutsideTheCenturyIsRefusedAndNotRecorded() {
		String household = householdIn(GROUP_A1_1);
		long visits = count("SELECT COUNT(*) FROM visit");
		for (String visitedAt : new String[] { "1800-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z" }) {
			GraphQlTester.Response response = graphQlAs(Persona.WORKER).documentName("situation")
				.operationName("recordVisit")
				.variable("input", Map.of("householdId", household, "method", "IN_PERSON", "visitedAt", visitedAt,
						"riskFound", false, "policyAware", true))
				.execute();
			assertBadInput(response, visitedAt);
		}
		assertThat(count("SELECT COUNT(*) FROM visit")).isEqualTo(visits);
	}

	@Test
	void aDateOutsideTheCenturyIsRefusedAsALiteralToo() {
		for (String date : new String[] { "+999981-01-01", "-0001-01-01", "1800-01-01" }) {
			assertBadInput(graphQlAs(Persona.COUNTY)
				.document("{ cases(filter: {identifiedFrom: \"" + date + "\"}, first: 1) { totalCount } }")
				.execute(), date);
		}
		graphQlAs(Persona.COUNTY).document("{ cases(filter: {identifiedFrom: \"2020-01-01\"}, first: 1) { totalCount } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void anInfiniteAmountIsBadInputNotAnInternalError() {
		Map<String, Object> lines = snapshotOfLines();
		// an amount is an exact Yuan: one this large is out of the column's range, and refused as such
		graphQlAs(Persona.COUNTY)
			.document("mutation { setIncomeLine(input: {year: 2024, regionPrefix: \"999901\", amount: 1e999}) { userErrors { field } } }")
			.execute()
			.path("setIncomeLine.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("amount");
		// a JSON number too large for a double is Infinity once read
		clientAs(Persona.COUNTY).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("""
					{"query": "mutation($input: IncomeLineInput!) { setIncomeLine(input: $input) { userErrors { field } } }",
					 "variables": {"input": {"year": 2024, "regionPrefix": "999901", "amount": 1e400}}}""")
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.data.setIncomeLine")
			.doesNotExist();
		assertThat(snapshotOfLines()).isEqualTo(lines);
	}

	private Map<String, Object> snapshotOfLines() {
		return this.jdbc.queryForMap("SELECT COUNT(*) AS n, COALESCE(SUM(amount), 0) AS total FROM income_line");
	}

	private static void assertBadInput(GraphQlTester.Response response, String named) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).isNotEmpty().allSatisfy((error) -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(error.getMessage()).contains(named);
			});
		});
	}

}
