package org.fangpin.audit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Whoever is shown full ID numbers or health data (PIPL's sensitive personal information) leaves a record
 * naming the households, before the response leaves; masked data leaves none; auditors read the records,
 * nobody else does, and nobody changes them.
 */
class SensitiveDataAccessTest extends ApiTest {

	private static final String ID_NUMBERS = """
			query idNumbers { households(first: 3) { edges { node { id members { idNumber } } } } }""";

	@Test
	void aVillageCadreReadingFullIdNumbersLeavesARecordNamingThoseHouseholds() {
		String requestId = UUID.randomUUID().toString();
		List<String> shown = as(Persona.VILLAGE, requestId).document(ID_NUMBERS)
			.execute()
			.path("households.edges[*].node.id")
			.entityList(String.class)
			.hasSize(3)
			.get();

		Map<String, Object> access = this.jdbc.queryForMap("SELECT * FROM sensitive_access WHERE request_id = ?",
				requestId);
		assertThat(access).containsEntry("kind", "ID_NUMBER")
			.containsEntry("operation", "idNumbers")
			.containsEntry("caller_name", "张德明")
			.containsEntry("roles", "village-cadre")
			.containsEntry("grids", "999901100201");
		assertThat(this.jdbc.queryForList("SELECT household_id FROM sensitive_access_household WHERE access_id = ?",
				Long.class, access.get("id")))
			.containsExactlyInAnyOrderElementsOf(shown.stream().map(ApiTest::rowId).toList());
	}

	@Test
	void aGridWorkerShownMaskedIdNumbersLeavesNoRecord() {
		String requestId = UUID.randomUUID().toString();
		as(Persona.WORKER, requestId).document(ID_NUMBERS)
			.execute()
			.path("households.edges[*].node.members[*].idNumber")
			.entityList(String.class)
			.satisfies((idNumbers) -> assertThat(idNumbers).isNotEmpty().allMatch((id) -> id.contains("*")));
		assertThat(count("SELECT COUNT(*) FROM sensitive_access WHERE request_id = ?", requestId)).isZero();
	}

	@Test
	void healthDataReadByTheHealthDepartmentIsRecorded() {
		String requestId = UUID.randomUUID().toString();
		String household = householdIn(GROUP_A1_1);
		as(Persona.HEALTH_SYSTEM, requestId).documentName("healthView")
			.variable("id", household)
			.execute()
			.path("household.members[*].health")
			.entityList(String.class)
			.satisfies((health) -> assertThat(health).isNotEmpty().doesNotContainNull());

		assertThat(this.jdbc.queryForList("""
				SELECT a.kind FROM sensitive_access a JOIN sensitive_access_household s ON s.access_id = a.id
				WHERE a.request_id = ? AND s.household_id = ?""", String.class, requestId, rowId(household)))
			.containsExactly("HEALTH");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAuditorReadsWhoWasShownAHouseholdsData() {
		String requestId = UUID.randomUUID().toString();
		String household = as(Persona.VILLAGE, requestId).document(ID_NUMBERS)
			.execute()
			.path("households.edges[0].node.id")
			.entity(String.class)
			.get();

		GraphQlTester.Response response = graphQlAs(Persona.AUDITOR).documentName("sensitiveDataAccess")
			.variable("householdId", household)
			.execute();
		List<Map<String, Object>> records = response.path("sensitiveDataAccess.edges[*].node")
			.entityList((Class<Map<String, Object>>) (Class<?>) Map.class)
			.get();
		assertThat(records).filteredOn((record) -> requestId.equals(record.get("requestId")))
			.singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("kind", "ID_NUMBER")
				.containsEntry("callerName", "张德明")
				.containsEntry("roles", List.of("VILLAGE_CADRE"))
				.containsEntry("operation", "idNumbers")
				.containsEntry("householdCount", 3));
	}

	@Test
	void nobodyButAnAuditorReadsTheAccessLog() {
		for (Persona persona : List.of(Persona.COUNTY, Persona.VILLAGE, Persona.WORKER, Persona.RESIDENT, Persona.ADMIN)) {
			assertError(graphQlAs(persona).documentName("sensitiveDataAccess").execute(), ErrorCode.FORBIDDEN,
					"sensitiveDataAccess");
		}
	}

	@Test
	void aLedgerExportWithFullIdNumbersRecordsEveryHouseholdInIt() {
		clientAs(Persona.VILLAGE).get()
			.uri("/ledgers/roster.xlsx?grid=" + GROUP_A1_1)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();

		Map<String, Object> access = this.jdbc.queryForMap(
				"SELECT id, kind, request_id FROM sensitive_access WHERE operation = 'export:roster' ORDER BY id DESC LIMIT 1");
		assertThat(access).containsEntry("kind", "ID_NUMBER");
		assertThat(access.get("request_id")).isEqualTo(String.valueOf(
				count("SELECT MAX(id) FROM ledger_export WHERE ledger = 'ROSTER'")));
		assertThat(count("SELECT COUNT(*) FROM sensitive_access_household WHERE access_id = ?", access.get("id")))
			.isEqualTo(count("SELECT COUNT(*) FROM household WHERE group_code = ?", GROUP_A1_1))
			.isPositive();
	}

	@Test
	void whatCannotBeRecordedIsNotShown() {
		this.jdbc.execute("RENAME TABLE sensitive_access_household TO sensitive_access_household_away");
		try {
			assertError(graphQlAs(Persona.VILLAGE).document(ID_NUMBERS).execute(), ErrorCode.INTERNAL, "households");
		}
		finally {
			this.jdbc.execute("RENAME TABLE sensitive_access_household_away TO sensitive_access_household");
		}
	}

	@Test
	void theApisDatabaseAccountCannotChangeOrDeleteTheAccessLog() {
		String requestId = UUID.randomUUID().toString();
		as(Persona.VILLAGE, requestId).document(ID_NUMBERS).execute().path("households.edges").hasValue();
		long id = count("SELECT id FROM sensitive_access WHERE request_id = ?", requestId);

		for (String change : List.of("UPDATE sensitive_access SET caller_name = 'someone else' WHERE id = ?",
				"DELETE FROM sensitive_access WHERE id = ?",
				"UPDATE sensitive_access_household SET household_id = 1 WHERE access_id = ?",
				"DELETE FROM sensitive_access_household WHERE access_id = ?")) {
			assertThatThrownBy(() -> this.jdbc.update(change, id)).isInstanceOf(DataAccessException.class)
				.hasMessageContaining("append-only");
		}
		assertThat(count("SELECT COUNT(*) FROM sensitive_access_household WHERE access_id = ?", id)).isEqualTo(3);
	}

	private HttpGraphQlTester as(Persona persona, String requestId) {
		return graphQlAs(persona).mutate().header("X-Request-Id", requestId).build();
	}

}
