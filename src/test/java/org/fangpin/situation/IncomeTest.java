package org.fangpin.situation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Income records, their derived figures against the income line, and who may record and read them. */
class IncomeTest extends LifecycleTest {

	static final int YEAR = 2024;

	/** 8000 + 3000 + 200 + 1800 = 13000 income; less 1000 productive = 12000 net; 2000 + 1500 + 500 = 4000 rigid. */
	static Map<String, Object> income(String household, int year) {
		Map<String, Object> input = new HashMap<>(Map.of("householdId", household, "year", year, "wageIncome", 8000,
				"operatingIncome", 3000, "propertyIncome", 200, "transferIncome", 1800, "productiveExpenditure", 1000,
				"medicalExpenditure", 2000, "educationExpenditure", 1500));
		input.put("otherRigidExpenditure", 500);
		return input;
	}

	GraphQlTester.Response record(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("situation").operationName("recordIncome").variable("input", input).execute();
	}

	void setLine(int year, double amount) {
		graphQlAs(Persona.COUNTY).documentName("situation")
			.operationName("setIncomeLine")
			.variable("input", Map.of("year", year, "regionPrefix", "999901", "amount", amount))
			.execute()
			.path("setIncomeLine.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void derivedFiguresFollowTheRecordAndTheHouseholdsPopulation() {
		setLine(YEAR, 6700);
		String household = newHousehold();
		// two members: per-capita net income 12000 / 2 = 6000, under the 6700 line
		run(Persona.WORKER, "addMember", Map.of("householdId", household, "relation", "SPOUSE", "member",
				Map.of("name", "钱配偶", "idNumber", TestData.newIdNumber(), "health", "HEALTHY",
						"labourCapacity", "ORDINARY", "medicalInsurance", true)));
		Map<String, Object> recorded = record(Persona.WORKER, income(household, YEAR)).path("recordIncome.incomeRecord")
			.entity(Map.class)
			.get();
		assertThat(recorded).containsEntry("totalIncome", "13000.00")
			.containsEntry("netIncome", "12000.00")
			.containsEntry("rigidExpenditure", "4000.00")
			.containsEntry("perCapitaNetIncome", "6000.00")
			.containsEntry("belowIncomeLine", true);
		assertThat((Map<String, Object>) recorded.get("incomeLine")).containsEntry("amount", "6700.00");

		record(Persona.VILLAGE, income(household, YEAR - 1));
		GraphQlTester.Response situation = graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("situation")
			.variable("id", household)
			.execute();
		situation.path("household.incomeRecords[*].year").entityList(Integer.class).containsExactly(YEAR - 1, YEAR);
		situation.path("household.latestIncome.year").entity(Integer.class).isEqualTo(YEAR);
		situation.path("household.mustVisit").entityList(String.class).contains("LOW_INCOME");
	}

	@Test
	void roundingToTheFenNeverLiftsAHouseholdOverTheLine() {
		setLine(YEAR - 3, 6700);
		String household = newHousehold();
		run(Persona.WORKER, "addMember", Map.of("householdId", household, "relation", "SPOUSE", "member",
				Map.of("name", "钱配偶", "idNumber", TestData.newIdNumber(), "health", "HEALTHY", "labourCapacity",
						"ORDINARY", "medicalInsurance", true)));
		// 13399.99 net for two: 6699.995 a head, shown as 6700.00, still under a 6700 line
		Map<String, Object> input = income(household, YEAR - 3);
		input.put("wageIncome", 9399.99);
		Map<String, Object> recorded = record(Persona.WORKER, input).path("recordIncome.incomeRecord")
			.entity(Map.class)
			.get();
		assertThat(recorded).containsEntry("netIncome", "13399.99")
			.containsEntry("perCapitaNetIncome", "6700.00")
			.containsEntry("belowIncomeLine", true);
	}

	@Test
	void aLineAboveThePerCapitaIncomeOnlyFlagsWhatIsUnderIt() {
		setLine(YEAR - 2, 12000);
		String household = newHousehold();
		// one member: 12000 per capita, exactly the line: not under it
		record(Persona.WORKER, income(household, YEAR - 2)).path("recordIncome.incomeRecord.belowIncomeLine")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void onlyCadresOfTheGridRecordAndOnlyCivilAffairsAmongDepartmentsReads() {
		String household = newHousehold();
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.TOWNSHIP, Persona.COUNTY, Persona.AUDITOR, Persona.RESIDENT, Persona.CIVIL)) {
			assertError(record(persona, income(household, YEAR)), ErrorCode.FORBIDDEN, "recordIncome");
		}
		assertError(record(Persona.WORKER2, income(household, YEAR)), ErrorCode.NOT_FOUND, "recordIncome");
		assertThat(snapshot()).isEqualTo(before);

		record(Persona.WORKER, income(household, YEAR));
		graphQlAs(Persona.CIVIL).documentName("situation")
			.operationName("incomeOnly")
			.variable("id", household)
			.execute()
			.path("household.incomeRecords[0].netIncome")
			.entity(String.class)
			.isEqualTo("12000.00");
		assertError(graphQlAs(Persona.HEALTH_SYSTEM).documentName("situation")
			.operationName("incomeOnly")
			.variable("id", household)
			.execute(), ErrorCode.FORBIDDEN, "household");
	}

	@Test
	void wrongAmountsAndDuplicateYearsWriteNothing() {
		String household = newHousehold();
		record(Persona.WORKER, income(household, YEAR));
		Map<String, Object> before = snapshot();
		Map<String, Object> negative = income(household, YEAR - 1);
		negative.put("wageIncome", -1);
		assertRefused(record(Persona.WORKER, negative), "wageIncome");
		Map<String, Object> fractionOfFen = income(household, YEAR - 1);
		fractionOfFen.put("medicalExpenditure", 10.005);
		assertRefused(record(Persona.WORKER, fractionOfFen), "medicalExpenditure");
		assertRefused(record(Persona.WORKER, income(household, 2099)), "year");
		record(Persona.WORKER, income(household, YEAR)).path("recordIncome.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aYearsRecordIsCorrectedAtTheVersionReadWithAReasonAndAudited() {
		String household = newHousehold();
		record(Persona.WORKER, income(household, YEAR));
		Map<String, Object> correction = new HashMap<>(income(household, YEAR));
		correction.put("version", 0);
		correction.put("wageIncome", "8500.50");
		correction.put("reason", "补录务工收入凭证");

		Map<String, Object> before = snapshot();
		Object recorded = incomeRecords(household);
		Map<String, Object> stale = new HashMap<>(correction);
		stale.put("version", 1);
		correct(Persona.WORKER, stale).path("correctIncome.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		Map<String, Object> noReason = new HashMap<>(correction);
		noReason.put("reason", " ");
		correct(Persona.WORKER, noReason).path("correctIncome.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("reason");
		Map<String, Object> otherYear = new HashMap<>(correction);
		otherYear.put("year", YEAR - 1);
		correct(Persona.WORKER, otherYear).path("correctIncome.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("year");
		assertError(correct(Persona.TOWNSHIP, correction), ErrorCode.FORBIDDEN, "correctIncome");
		assertError(correct(Persona.WORKER2, correction), ErrorCode.NOT_FOUND, "correctIncome");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(incomeRecords(household)).isEqualTo(recorded);

		Map<String, Object> corrected = correct(Persona.WORKER, correction).path("correctIncome.incomeRecord")
			.entity(Map.class)
			.get();
		assertThat(corrected).containsEntry("version", 1)
			.containsEntry("wageIncome", "8500.50")
			.containsEntry("totalIncome", "13500.50");
		String changes = this.jdbc.queryForObject(
				"SELECT changes FROM audit_record WHERE operation = 'correctIncome' ORDER BY id DESC LIMIT 1", String.class);
		assertThat(changes).contains("8000").contains("8500.5").contains("补录务工收入凭证").doesNotContain("operatingIncome");
	}

	private GraphQlTester.Response correct(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("situation").operationName("correctIncome").variable("input", input).execute();
	}

	private Object incomeRecords(String household) {
		return graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("incomeVersions")
			.variable("id", household)
			.execute()
			.path("household.incomeRecords")
			.entity(List.class)
			.get();
	}

	@Test
	void incomeLinesAreTheCountysToSetForItsOwnRegion() {
		assertError(graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("setIncomeLine")
			.variable("input", Map.of("year", YEAR, "regionPrefix", "999901", "amount", 6700))
			.execute(), ErrorCode.FORBIDDEN, "setIncomeLine");
		graphQlAs(Persona.COUNTY).documentName("situation")
			.operationName("setIncomeLine")
			.variable("input", Map.of("year", YEAR, "regionPrefix", "44", "amount", 9600))
			.execute()
			.path("setIncomeLine.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("regionPrefix");
		graphQlAs(Persona.COUNTY).documentName("situation")
			.operationName("setIncomeLine")
			.variable("input", Map.of("year", YEAR, "regionPrefix", "999901", "amount", -5))
			.execute()
			.path("setIncomeLine.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("amount");
	}

	private static void assertRefused(GraphQlTester.Response response, String field) {
		response.path("recordIncome.incomeRecord").valueIsNull();
		response.path("recordIncome.userErrors[0].field").entityList(String.class).containsExactly(field);
	}

}
