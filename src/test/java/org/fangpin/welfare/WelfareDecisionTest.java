package org.fangpin.welfare;

import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Civil affairs feeds back its 低保 and 特困 decisions (seed 001, 七(二)): the household's status and the transfer
 * income of the years a decision changes follow it, once per reference.
 */
class WelfareDecisionTest extends LifecycleTest {

	private final int lastYear = Year.now(InputCheck.ZONE).getValue() - 1;

	@Test
	@SuppressWarnings("unchecked")
	void aGrantAndAStopSetTheStatusAndTheTransferIncomeOfTheYear() {
		String household = newHousehold();
		String number = householdNumber(household);
		recordIncome(household, this.lastYear, "1000");

		Map<String, Object> grant = decision(number, "GRANTED", this.lastYear + "-03-15", "400");
		record(grant).path("recordWelfareDecision.decision.monthlyAmount").entity(String.class).isEqualTo("400.00");
		// March to December at 400 yuan
		assertThat(state(household)).containsEntry("lowIncomeSupport", true)
			.containsEntry("incomeRecords", List.of(Map.of("year", this.lastYear, "transferIncome", "5000.00", "version", 1)));
		long audited = count("SELECT COUNT(*) FROM audit_record WHERE operation = 'recordWelfareDecision'");

		// a resend answers the decision recorded and changes nothing
		record(grant).path("recordWelfareDecision.userErrors").entityList(Object.class).hasSize(0);
		assertThat(state(household)).containsEntry("incomeRecords",
				List.of(Map.of("year", this.lastYear, "transferIncome", "5000.00", "version", 1)));
		assertThat(count("SELECT COUNT(*) FROM welfare_decision WHERE reference = ?", grant.get("reference"))).isOne();
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'recordWelfareDecision'")).isEqualTo(audited);

		// other content under the reference is not a resend
		Map<String, Object> other = new HashMap<>(grant);
		other.put("monthlyAmount", "450");
		assertThat(record(other).path("recordWelfareDecision.userErrors[0].code").entity(String.class).get())
			.isEqualTo("CONFLICT");

		// stopped from July: March to June paid
		Map<String, Object> stop = decision(number, "STOPPED", this.lastYear + "-07-01", null);
		record(stop).path("recordWelfareDecision.decision.decision").entity(String.class).isEqualTo("STOPPED");
		Map<String, Object> after = state(household);
		assertThat(after).containsEntry("lowIncomeSupport", false)
			.containsEntry("incomeRecords", List.of(Map.of("year", this.lastYear, "transferIncome", "2600.00", "version", 2)));
		assertThat((List<Map<String, Object>>) after.get("welfareDecisions"))
			.extracting((decision) -> decision.get("decision"))
			.containsExactly("STOPPED", "GRANTED");
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'recordWelfareDecision' AND target_type = 'IncomeRecord'"))
			.isPositive();
	}

	@Test
	void extremePovertySupportIsFoundByTheApplicantsIdNumber() {
		String idNumber = TestData.newIdNumber();
		String household = register(TestData.registration(GROUP_A1_1, idNumber));
		Map<String, Object> grant = decision(null, "GRANTED", this.lastYear + "-01-01", "620.5");
		grant.put("idNumber", idNumber);
		grant.put("programme", "EXTREME_POVERTY_SUPPORT");
		record(grant).path("recordWelfareDecision.decision.programme").entity(String.class).isEqualTo("EXTREME_POVERTY_SUPPORT");
		assertThat(state(household)).containsEntry("extremePovertySupport", true).containsEntry("lowIncomeSupport", false);
	}

	@Test
	void badDecisionsAreRefusedWithTheirFieldAndChangeNothing() {
		String household = newHousehold();
		String number = householdNumber(household);
		Map<String, Object> before = snapshot();
		assertRefused(decision(number, "GRANTED", this.lastYear + "-03-01", null), "monthlyAmount");
		assertRefused(decision(number, "GRANTED", this.lastYear + "-03-01", "-1"), "monthlyAmount");
		assertRefused(decision(number, "STOPPED", this.lastYear + "-03-01", "100"), "monthlyAmount");
		assertRefused(decision(number, "STOPPED", this.lastYear + "-03-01", null), "decision");
		assertRefused(decision(number, "GRANTED", "2099-01-01", "100"), "effectiveOn");
		assertRefused(decision("99990110020101" + "9999", "GRANTED", this.lastYear + "-03-01", "100"), "householdNumber");
		Map<String, Object> bad = decision(number, "GRANTED", this.lastYear + "-03-01", "100");
		bad.put("reference", "民政 1");
		assertRefused(bad, "reference");
		assertThat(snapshot()).isEqualTo(before);

		record(decision(number, "GRANTED", this.lastYear + "-06-01", "300"));
		assertRefused(decision(number, "STOPPED", this.lastYear + "-05-01", null), "effectiveOn");
	}

	@Test
	void onlyCivilAffairsRecordsThem() {
		String number = householdNumber(newHousehold());
		Map<String, Object> grant = decision(number, "GRANTED", this.lastYear + "-03-01", "100");
		assertError(graphQlAs(Persona.HEALTH_SYSTEM).documentName("welfare").operationName("record").variable("input", grant)
			.execute(), ErrorCode.FORBIDDEN, "recordWelfareDecision");
		assertError(graphQlAs(Persona.VILLAGE).documentName("welfare").operationName("record").variable("input", grant)
			.execute(), ErrorCode.FORBIDDEN, "recordWelfareDecision");
		assertThat(count("SELECT COUNT(*) FROM welfare_decision WHERE reference = ?", grant.get("reference"))).isZero();
	}

	private void assertRefused(Map<String, Object> input, String field) {
		GraphQlTester.Response response = record(input);
		response.path("recordWelfareDecision.decision").valueIsNull();
		assertThat(response.path("recordWelfareDecision.userErrors[*].field[0]").entityList(String.class).get())
			.contains(field);
	}

	private GraphQlTester.Response record(Map<String, Object> input) {
		return graphQlAs(Persona.CIVIL).documentName("welfare").operationName("record").variable("input", input).execute();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> state(String household) {
		return graphQlAs(Persona.CIVIL).documentName("welfare")
			.operationName("household")
			.variable("id", household)
			.execute()
			.path("household")
			.entity(Map.class)
			.get();
	}

	private static Map<String, Object> decision(@Nullable String householdNumber, String kind, String effectiveOn,
			@Nullable String monthlyAmount) {
		Map<String, Object> input = new HashMap<>(Map.of("reference", "MZ-" + UUID.randomUUID(), "programme",
				"SUBSISTENCE_ALLOWANCE", "decision", kind, "effectiveOn", effectiveOn));
		if (householdNumber != null) {
			input.put("householdNumber", householdNumber);
		}
		if (monthlyAmount != null) {
			input.put("monthlyAmount", monthlyAmount);
		}
		return input;
	}

	private void recordIncome(String household, int year, String transfer) {
		Map<String, Object> income = new HashMap<>(Map.of("householdId", household, "year", year, "wageIncome", "20000",
				"operatingIncome", "0", "propertyIncome", "0", "transferIncome", transfer, "productiveExpenditure", "0",
				"medicalExpenditure", "0", "educationExpenditure", "0", "otherRigidExpenditure", "0"));
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("recordIncome")
			.variable("input", income)
			.execute()
			.path("recordIncome.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

}
