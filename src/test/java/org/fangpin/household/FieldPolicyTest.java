package org.fangpin.household;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Personal data is released by duty, the same whatever alias or fragment asks for it; department accounts
 * get the fields of their domain or nothing at all.
 */
class FieldPolicyTest extends ApiTest {

	private static final String FULL_ID_NUMBER = "[0-9]{17}[0-9X]";

	private static final String MASKED_ID_NUMBER = "[0-9]\\*{16}[0-9X]";

	private static final String MASKED_PHONE = "1[3-9][0-9]\\*{4}[0-9]{4}";

	/** A household of the worker's group that has a phone and a member with a health record. */
	private String household() {
		return globalId("Household", count("""
				SELECT MIN(h.id) FROM household h WHERE h.group_code = ? AND h.phone IS NOT NULL
				AND EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.health <> 'HEALTHY')""",
				GROUP_A1_1));
	}

	@Test
	void villageLevelAndAboveSeeEverythingInFull() {
		for (Persona persona : List.of(Persona.VILLAGE, Persona.TOWNSHIP, Persona.COUNTY)) {
			GraphQlTester.Response response = personalData(persona, household());
			assertMatches(response, "household.phone", "1[3-9][0-9]{9}");
			assertEachMatches(response, "household.members[*].idNumber", FULL_ID_NUMBER);
			assertEachMatches(response, "household.members[*].secret", FULL_ID_NUMBER);
			response.path("household.members[*].health").entityList(String.class).contains("HEALTHY");
		}
	}

	@Test
	void gridWorkerSeesMaskedIdNumbersAndNoHealthWhateverTheAlias() {
		GraphQlTester.Response response = personalData(Persona.WORKER, household());
		assertMatches(response, "household.phone", "1[3-9][0-9]{9}");
		assertEachMatches(response, "household.members[*].idNumber", MASKED_ID_NUMBER);
		assertEachMatches(response, "household.members[*].secret", MASKED_ID_NUMBER);
		assertAllNull(response, "household.members[*].health");
		assertAllNull(response, "household.members[*].illness");
		assertAllNull(response, "household.members[*].disabilityType");
		assertAllNull(response, "household.members[*].disabilityGrade");
	}

	@Test
	void birthDatesGoOnlyToThoseWhoSeeIdNumbersInFull() {
		graphQlAs(Persona.VILLAGE).documentName("householdPage")
			.variable("first", 3)
			.execute()
			.path("households.edges[*].node.members[*].birthDate")
			.entityList(String.class)
			.satisfies(FieldPolicyTest::noNulls);
		graphQlAs(Persona.WORKER).documentName("householdPage")
			.variable("first", 3)
			.execute()
			.path("households.edges[*].node.members[*].birthDate")
			.entityList(Object.class)
			.satisfies((dates) -> assertThat(dates).isNotEmpty().containsOnlyNulls());
	}

	@Test
	void searchingByIdNumberIsForThoseWhoSeeThemInFull() {
		String idNumber = "11010519491231002X";
		for (Persona persona : List.of(Persona.WORKER, Persona.AUDITOR, Persona.CIVIL)) {
			assertError(graphQlAs(persona).documentName("households")
				.variable("filter", Map.of("idNumber", idNumber))
				.execute(), ErrorCode.FORBIDDEN, "households");
		}
		graphQlAs(Persona.VILLAGE).documentName("households")
			.variable("filter", Map.of("idNumber", idNumber))
			.execute()
			.path("households.totalCount")
			.entity(Long.class)
			.isEqualTo(0L);
	}

	@Test
	void departmentsCannotWriteNorReadWhatIsNotDeclaredForThem() {
		assertError(graphQlAs(Persona.HEALTH_SYSTEM).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, TestData.newIdNumber()))
			.execute(), ErrorCode.FORBIDDEN, "registerHousehold");
		assertError(graphQlAs(Persona.CIVIL).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", household())
			.execute(), ErrorCode.FORBIDDEN, "household");
		// nor learn whether a case exists by looking its id up
		long anyCase = count("SELECT COALESCE(MIN(id), 1) FROM monitored_case");
		assertError(graphQlAs(Persona.CIVIL).documentName("node").variable("id", globalId("MonitoredCase", anyCase)).execute(),
				ErrorCode.NOT_FOUND, "node");
		graphQlAs(Persona.CIVIL).documentName("node")
			.variable("id", household())
			.execute()
			.path("node.householdNumber")
			.hasValue();
	}

	@Test
	void auditorSeesMaskedPhonesAndIdNumbersAndNoHealth() {
		GraphQlTester.Response response = personalData(Persona.AUDITOR, household());
		assertMatches(response, "household.phone", MASKED_PHONE);
		assertMatches(response, "household.contact", MASKED_PHONE);
		assertEachMatches(response, "household.members[*].idNumber", MASKED_ID_NUMBER);
		assertAllNull(response, "household.members[*].health");
	}

	@Test
	void residentSeesTheirOwnHouseholdInFull() {
		assertEachMatches(personalData(Persona.RESIDENT, globalId("Household", 1001)), "household.members[*].idNumber",
				FULL_ID_NUMBER);
	}

	@Test
	void civilAffairsReadsItsDomainWithMaskedPersonalData() {
		GraphQlTester.Response response = graphQlAs(Persona.CIVIL).documentName("civilAffairsView")
			.variable("id", household())
			.execute();
		response.path("household.lowIncomeSupport").hasValue();
		assertMatches(response, "household.phone", MASKED_PHONE);
		assertEachMatches(response, "household.members[*].idNumber", MASKED_ID_NUMBER);
	}

	@Test
	void departmentAskingOutsideItsDomainIsRefusedBeforeAnythingRuns() {
		GraphQlTester.Response civilAskingHealth = graphQlAs(Persona.CIVIL).documentName("healthView")
			.variable("id", household())
			.execute();
		assertError(civilAskingHealth, ErrorCode.FORBIDDEN, "household");
		civilAskingHealth.errors()
			.satisfy((errors) -> assertThat(errors.getFirst().getMessage()).contains("Member.health"));
		assertError(graphQlAs(Persona.CIVIL).documentName("healthThroughFragment").variable("id", household()).execute(),
				ErrorCode.FORBIDDEN, "household");
		assertError(graphQlAs(Persona.HEALTH_SYSTEM).documentName("civilAffairsView")
			.variable("id", household())
			.execute(), ErrorCode.FORBIDDEN, "household");
	}

	@Test
	void healthDepartmentReadsHealthButNotFullIdNumbers() {
		GraphQlTester.Response response = graphQlAs(Persona.HEALTH_SYSTEM).documentName("healthView")
			.variable("id", household())
			.execute();
		response.path("household.members[*].health").entityList(String.class).satisfies(FieldPolicyTest::noNulls);
		response.path("household.members[*].medicalInsurance").entityList(Boolean.class).satisfies(FieldPolicyTest::noNulls);
		graphQlAs(Persona.HEALTH_SYSTEM).documentName("healthThroughFragment")
			.variable("id", household())
			.execute()
			.path("household.members[*].sickness")
			.entityList(String.class)
			.satisfies(FieldPolicyTest::noNulls);
	}

	@Test
	void idNumbersAreNotStoredInClearText() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT * FROM member");
		assertThat(rows).allSatisfy((row) -> assertThat(row.values())
			.noneMatch((value) -> value != null && String.valueOf(value).matches(".*9999[0-9]{13}[0-9X].*")));
	}

	private GraphQlTester.Response personalData(Persona persona, String householdId) {
		return graphQlAs(persona).documentName("personalData").variable("id", householdId).execute();
	}

	private static void assertMatches(GraphQlTester.Response response, String path, String regex) {
		response.path(path).entity(String.class).satisfies((value) -> assertThat(value).matches(regex));
	}

	private static void assertEachMatches(GraphQlTester.Response response, String path, String regex) {
		response.path(path)
			.entityList(String.class)
			.satisfies((values) -> assertThat(values).isNotEmpty().allSatisfy((value) -> assertThat(value).matches(regex)));
	}

	private static void noNulls(List<?> values) {
		assertThat(values).isNotEmpty().doesNotContainNull();
	}

	private static void assertAllNull(GraphQlTester.Response response, String path) {
		response.path(path).entityList(Object.class).satisfies((values) -> assertThat(values).containsOnlyNulls());
	}

}
