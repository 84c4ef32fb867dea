package org.fangpin.screening;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule fires at its threshold and not below it, and never raises a second open lead for one cause. */
class ScreeningRulesTest extends LifecycleTest {

	private static final int YEAR = 2023;

	@Test
	void perCapitaIncomeUnderTheLineRaisesALeadAndAtTheLineDoesNot() {
		setLine(YEAR, 5000);
		String under = newHousehold();
		recordIncome(under, YEAR, 4999.99, 0);
		assertThat(openRuleLeads(under, "BELOW_INCOME_LINE")).isEqualTo(1);
		String at = newHousehold();
		recordIncome(at, YEAR, 5000, 0);
		assertThat(openRuleLeads(at, "BELOW_INCOME_LINE")).isZero();
	}

	@Test
	void aDropOfThirtyPercentRaisesALeadAndLessDoesNot() {
		String dropped = newHousehold();
		recordIncome(dropped, YEAR - 1, 10000, 0);
		recordIncome(dropped, YEAR, 7000, 0);
		assertThat(openRuleLeads(dropped, "INCOME_DROP")).isEqualTo(1);
		String dipped = newHousehold();
		recordIncome(dipped, YEAR - 1, 10000, 0);
		recordIncome(dipped, YEAR, 7000.01, 0);
		assertThat(openRuleLeads(dipped, "INCOME_DROP")).isZero();
	}

	@Test
	void rigidExpenditureAboveHalfOfNetIncomeRaisesALeadAndHalfDoesNot() {
		String above = newHousehold();
		recordIncome(above, YEAR, 10000, 5000.01);
		assertThat(openRuleLeads(above, "HIGH_RIGID_EXPENDITURE")).isEqualTo(1);
		String half = newHousehold();
		recordIncome(half, YEAR, 10000, 5000);
		assertThat(openRuleLeads(half, "HIGH_RIGID_EXPENDITURE")).isZero();
	}

	@Test
	void aCountyThatSetsItsOwnThresholdsIsScreenedByThem() {
		try {
			setCountySetting("INCOME_DROP_PERCENT", 20);
			setCountySetting("RIGID_EXPENDITURE_PERCENT", 40);
			String dropped = newHousehold();
			recordIncome(dropped, YEAR - 1, 10000, 0);
			recordIncome(dropped, YEAR, 7500, 0);
			assertThat(openRuleLeads(dropped, "INCOME_DROP")).isEqualTo(1);
			String dipped = newHousehold();
			recordIncome(dipped, YEAR - 1, 10000, 0);
			recordIncome(dipped, YEAR, 8000.01, 0);
			assertThat(openRuleLeads(dipped, "INCOME_DROP")).isZero();
			String spending = newHousehold();
			recordIncome(spending, YEAR, 10000, 4000.01);
			assertThat(openRuleLeads(spending, "HIGH_RIGID_EXPENDITURE")).isEqualTo(1);
		}
		finally {
			this.jdbc.update("DELETE FROM county_setting");
		}
	}

	@Test
	void anUnsecuredGuaranteeRaisesOneOpenLeadHoweverOftenItIsFound() {
		String household = newHousehold();
		visit(household, "AT_RISK");
		assertThat(openRuleLeads(household, "GUARANTEE_NOT_SECURED")).isZero();
		visit(household, "NOT_SECURED");
		visit(household, "NOT_SECURED");
		assertThat(openRuleLeads(household, "GUARANTEE_NOT_SECURED")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT risk_types FROM risk_lead WHERE household_id = ? AND rule_cause = 'GUARANTEE_NOT_SECURED'",
				String.class, rowId(household)))
			.isEqualTo("HOUSING_UNSAFE");
	}

	@Test
	void aMemberNewlySeriouslyIllOrDisabledRaisesALead() {
		String household = newHousehold();
		Map<String, Object> chronic = member("CHRONIC_ILLNESS");
		run(Persona.WORKER, "addMember", Map.of("householdId", household, "relation", "PARENT", "member", chronic));
		assertThat(openRuleLeads(household, "NEW_SERIOUS_ILLNESS")).isZero();
		run(Persona.WORKER, "addMember",
				Map.of("householdId", household, "relation", "CHILD", "member", member("SERIOUS_ILLNESS")));
		assertThat(openRuleLeads(household, "NEW_SERIOUS_ILLNESS")).isEqualTo(1);

		long head = count("SELECT id FROM member WHERE household_id = ? AND relation = 'HEAD'", rowId(household));
		graphQlAs(Persona.VILLAGE).documentName("updateMember")
			.variable("input", Map.of("id", globalId("Member", head), "version", 0, "disabilityType", "PHYSICAL",
					"disabilityGrade", 3))
			.execute()
			.path("updateMember.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(openRuleLeads(household, "NEW_DISABILITY")).isEqualTo(1);
		// a change of grade is not a new disability
		this.jdbc.update("UPDATE risk_lead SET status = 'DISMISSED' WHERE household_id = ?", rowId(household));
		graphQlAs(Persona.VILLAGE).documentName("updateMember")
			.variable("input", Map.of("id", globalId("Member", head), "version", 1, "disabilityGrade", 2))
			.execute()
			.path("updateMember.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(openRuleLeads(household, "NEW_DISABILITY")).isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT source FROM risk_lead WHERE household_id = ? AND rule_cause = 'NEW_DISABILITY'", String.class,
				rowId(household)))
			.isEqualTo("RULE");
	}

	private long openRuleLeads(String household, String cause) {
		return count("SELECT COUNT(*) FROM risk_lead WHERE household_id = ? AND rule_cause = ? AND status = 'OPEN'",
				rowId(household), cause);
	}

	private void setLine(int year, double amount) {
		graphQlAs(Persona.COUNTY).documentName("situation")
			.operationName("setIncomeLine")
			.variable("input", Map.of("year", year, "regionPrefix", "999901", "amount", amount))
			.execute()
			.path("setIncomeLine.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** A one-member household's income: all of it wages, {@code rigid} of it medical. */
	private void recordIncome(String household, int year, double net, double rigid) {
		Map<String, Object> input = new HashMap<>(Map.of("householdId", household, "year", year, "wageIncome", net,
				"operatingIncome", 0, "propertyIncome", 0, "transferIncome", 0, "productiveExpenditure", 0,
				"medicalExpenditure", rigid, "educationExpenditure", 0));
		input.put("otherRigidExpenditure", 0);
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("recordIncome")
			.variable("input", input)
			.execute()
			.path("recordIncome.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private void visit(String household, String housing) {
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("recordVisit")
			.variable("input", Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
					Instant.now().minusSeconds(60).toString(), "riskFound", false, "policyAware", true, "guarantees",
					List.of(Map.of("item", "HOUSING", "state", housing), Map.of("item", "FOOD", "state", "SECURED"))))
			.execute()
			.path("recordVisit.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static Map<String, Object> member(String health) {
		return Map.of("name", "孙家人", "idNumber", TestData.newIdNumber(), "health", health, "labourCapacity", "WEAK",
				"medicalInsurance", true);
	}

}
