package org.fangpin.situation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/** Visits, the guarantees they assess, the must-visit categories and the month's visit plan. */
class VisitTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void aMustVisitHouseholdIsPlannedUntilVisitedAndItsGuaranteesAreTheLatestVisits() {
		Map<String, Object> registration = TestData.registration(GROUP_A1_1, TestData.newIdNumber());
		((Map<String, Object>) registration.get("head")).put("health", "SERIOUS_ILLNESS");
		((Map<String, Object>) registration.get("head")).put("schoolingStage", "UNIVERSITY");
		String household = register(registration);
		graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("situation")
			.variable("id", household)
			.execute()
			.path("household.mustVisit")
			.entityList(String.class)
			.containsExactly("ILLNESS", "UNIVERSITY_STUDENT");
		// a grid worker, who may not see health data, is not told why beyond what is not health
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("situation")
			.variable("id", household)
			.execute()
			.path("household.mustVisit")
			.entityList(String.class)
			.containsExactly("UNIVERSITY_STUDENT");

		GraphQlTester.Response plan = visitPlan(Persona.WORKER);
		plan.path("visitPlan.gridCode").entity(String.class).isEqualTo(GROUP_A1_1);
		plan.path("visitPlan.due[*].id").entityList(String.class).contains(household);
		plan.path("visitPlan.mustVisitUnvisited[*].id").entityList(String.class).contains(household);
		visitPlan(Persona.WORKER2).path("visitPlan.due[*].id").entityList(String.class).doesNotContain(household);

		visit(Persona.WORKER, household, "AT_RISK", Instant.now().minus(Duration.ofHours(2)));
		visit(Persona.WORKER, household, "SECURED", Instant.now().minus(Duration.ofHours(1)));
		GraphQlTester.Response after = visitPlan(Persona.WORKER);
		after.path("visitPlan.due[*].id").entityList(String.class).doesNotContain(household);
		after.path("visitPlan.mustVisitUnvisited[*].id").entityList(String.class).doesNotContain(household);
		GraphQlTester.Response situation = graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("situation")
			.variable("id", household)
			.execute();
		situation.path("household.guarantees[?(@.item == 'HOUSING')].state").entityList(String.class).containsExactly("SECURED");
		situation.path("household.visits").entityList(Object.class).hasSize(2);

		// a later call that asks only about food leaves the house as last assessed
		Map<String, Object> foodOnly = visitInput(household, "SECURED", Instant.now().minusSeconds(10));
		foodOnly.put("guarantees", List.of(Map.of("item", "FOOD", "state", "SECURED")));
		recordVisit(Persona.WORKER, foodOnly);
		graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("situation")
			.variable("id", household)
			.execute()
			.path("household.guarantees[*].item")
			.entityList(String.class)
			.containsExactly("FOOD", "HOUSING");
		situation.path("household.visits[0].visitorName").entity(String.class).isEqualTo("刘小红");
	}

	@Test
	void eachGuaranteeShowsTheVisitAndTimeOfItsLatestAssessment() {
		String household = newHousehold();
		Instant earlier = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> housingVisit = visitInput(household, "AT_RISK", earlier);
		String first = recordVisit(Persona.WORKER, housingVisit).path("recordVisit.visit.id").entity(String.class).get();
		Instant later = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> foodByPhone = visitInput(household, "SECURED", later);
		foodByPhone.put("method", "PHONE");
		foodByPhone.put("guarantees", List.of(Map.of("item", "FOOD", "state", "SECURED")));
		String second = recordVisit(Persona.WORKER, foodByPhone).path("recordVisit.visit.id").entity(String.class).get();

		GraphQlTester.Response situation = graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("situation")
			.variable("id", household)
			.execute();
		// two items of two visits: each says which visit, when and how, not one undated mix
		situation.path("household.guarantees[?(@.item == 'FOOD')].visit.id").entityList(String.class).containsExactly(second);
		situation.path("household.guarantees[?(@.item == 'FOOD')].method").entityList(String.class).containsExactly("PHONE");
		situation.path("household.guarantees[?(@.item == 'FOOD')].assessedAt")
			.entityList(Instant.class)
			.containsExactly(later);
		situation.path("household.guarantees[?(@.item == 'HOUSING')].visit.id").entityList(String.class).containsExactly(first);
		situation.path("household.guarantees[?(@.item == 'HOUSING')].assessedAt")
			.entityList(Instant.class)
			.containsExactly(earlier);
	}

	@Test
	void aRetriedVisitIsRecordedOnceAndAKeyIsNotReusedForAnotherVisit() {
		String household = newHousehold();
		Map<String, Object> input = visitInput(household, "SECURED", Instant.now().minus(Duration.ofMinutes(30)));
		input.put("clientKey", UUID.randomUUID().toString());
		String recorded = recordVisit(Persona.WORKER, input).path("recordVisit.visit.id").entity(String.class).get();
		Map<String, Object> before = snapshot();
		long visits = count("SELECT COUNT(*) FROM visit");

		// the answer was lost: the mini-program sends the same visit again, under the same key
		GraphQlTester.Response retry = recordVisit(Persona.WORKER, input);
		retry.path("recordVisit.userErrors").entityList(Object.class).hasSize(0);
		retry.path("recordVisit.visit.id").entity(String.class).isEqualTo(recorded);
		assertThat(count("SELECT COUNT(*) FROM visit")).isEqualTo(visits);
		assertThat(snapshot()).isEqualTo(before);

		// other content under the same key is not a retry
		Map<String, Object> other = new HashMap<>(input);
		other.put("guarantees", List.of(Map.of("item", "HOUSING", "state", "NOT_SECURED", "note", "房屋")));
		GraphQlTester.Response conflict = recordVisit(Persona.WORKER, other);
		conflict.path("recordVisit.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		conflict.path("recordVisit.userErrors[0].field").entityList(String.class).containsExactly("clientKey");
		conflict.path("recordVisit.visit").valueIsNull();
		assertThat(count("SELECT COUNT(*) FROM visit")).isEqualTo(visits);

		Map<String, Object> badKey = new HashMap<>(input);
		badKey.put("clientKey", "键");
		recordVisit(Persona.WORKER, badKey).path("recordVisit.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("clientKey");

		// a new key records the new visit
		other.put("clientKey", UUID.randomUUID().toString());
		recordVisit(Persona.WORKER, other).path("recordVisit.visit.id")
			.entity(String.class)
			.satisfies((id) -> assertThat(id).isNotEqualTo(recorded));
		assertThat(count("SELECT COUNT(*) FROM visit")).isEqualTo(visits + 1);
	}

	@Test
	void aVisitOnPaperBeforeTheHouseholdWasRegisteredIsRecordedBackToLastYear() {
		String household = newHousehold();
		Instant lastYear = LocalDate.now(InputCheck.ZONE).minusYears(1).withDayOfYear(1).atTime(10, 0)
			.atZone(InputCheck.ZONE)
			.toInstant();
		visit(Persona.WORKER, household, "SECURED", lastYear);
		recordVisit(Persona.WORKER, visitInput(household, "SECURED", lastYear.minus(Duration.ofDays(1))))
			.path("recordVisit.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("visitedAt");
	}

	@Test
	void aTownshipOfficerRecordsAVisitTheyMadeThemselves() {
		recordVisit(Persona.TOWNSHIP, visitInput(newHousehold(), "SECURED", Instant.now()))
			.path("recordVisit.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void visitsAreRecordedByTheGridsCadresWithTruthfulTimes() {
		String household = newHousehold();
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.AUDITOR, Persona.CIVIL, Persona.RESIDENT)) {
			assertError(recordVisit(persona, visitInput(household, "SECURED", Instant.now())), ErrorCode.FORBIDDEN,
					"recordVisit");
		}
		assertError(recordVisit(Persona.WORKER2, visitInput(household, "SECURED", Instant.now())), ErrorCode.NOT_FOUND,
				"recordVisit");
		recordVisit(Persona.WORKER, visitInput(household, "SECURED", Instant.now().plus(Duration.ofDays(1))))
			.path("recordVisit.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("visitedAt");
		// a household registered today may have been visited on paper since last year, not in 2001
		recordVisit(Persona.WORKER, visitInput(household, "SECURED", Instant.parse("2001-03-01T02:00:00Z")))
			.path("recordVisit.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("走访时间不能早于"));
		Map<String, Object> riskWithoutNote = visitInput(household, "SECURED", Instant.now());
		riskWithoutNote.put("riskFound", true);
		recordVisit(Persona.WORKER, riskWithoutNote).path("recordVisit.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("riskNote");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aCountyPlanIsForOneGridAtATime() {
		visitPlan(Persona.COUNTY).path("visitPlan.gridCode").entity(String.class).isEqualTo("999901");
		// a grid outside the caller's scope is not found, as one that does not exist
		assertError(graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("visitPlan")
			.variable("gridCode", "99990120020101")
			.execute(), ErrorCode.NOT_FOUND, "visitPlan");
		assertError(graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("visitPlan")
			.variable("gridCode", "123")
			.execute(), ErrorCode.BAD_USER_INPUT, "visitPlan");
	}

	@Test
	void theWorkersPlanDoesNotTellWhoIsIllAndTheAuditorHasNoPlan() {
		Map<String, List<String>> village = mustVisit(Persona.VILLAGE);
		Map<String, List<String>> worker = mustVisit(Persona.WORKER);
		List<String> due = plan(Persona.WORKER).path("visitPlan.due[*].id").entityList(String.class).get();
		Set<String> healthOnly = new HashSet<>(village.keySet());
		healthOnly.removeAll(worker.keySet());
		assertThat(healthOnly).as("households due for a reason of health alone").isNotEmpty();
		for (String household : healthOnly) {
			assertThat(village.get(household)).isSubsetOf("ILLNESS", "DISABILITY", "INCAPACITATED");
			assertThat(due).contains(household);
		}
		worker.values().forEach((reasons) -> assertThat(reasons).isNotEmpty()
			.doesNotContain("ILLNESS", "DISABILITY", "INCAPACITATED"));
		assertError(graphQlAs(Persona.AUDITOR).documentName("situation")
			.operationName("visitPlan")
			.variable("gridCode", GROUP_A1_1)
			.execute(), ErrorCode.FORBIDDEN, "visitPlan");
	}

	/** The must-visit households of group A1-1 unvisited this month, with their reasons as the persona sees them. */
	private Map<String, List<String>> mustVisit(Persona persona) {
		Map<String, List<String>> reasons = new HashMap<>();
		plan(persona).path("visitPlan.mustVisitUnvisited")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.forEach((node) -> reasons.put((String) node.get("id"), castList(node.get("mustVisit"))));
		return reasons;
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object list) {
		return (List<String>) list;
	}

	private GraphQlTester.Response plan(Persona persona) {
		return graphQlAs(persona).documentName("situation")
			.operationName("visitPlan")
			.variable("gridCode", GROUP_A1_1)
			.execute();
	}

	private GraphQlTester.Response visitPlan(Persona persona) {
		return graphQlAs(persona).documentName("situation").operationName("visitPlan").execute();
	}

	private void visit(Persona persona, String household, String housing, Instant at) {
		recordVisit(persona, visitInput(household, housing, at)).path("recordVisit.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private GraphQlTester.Response recordVisit(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("situation").operationName("recordVisit").variable("input", input).execute();
	}

	private static Map<String, Object> visitInput(String household, String housing, Instant at) {
		return new HashMap<>(Map.of("householdId", household, "method", "IN_PERSON", "visitedAt", at.toString(),
				"riskFound", false, "policyAware", true, "guarantees",
				List.of(Map.of("item", "HOUSING", "state", housing, "note", "房屋"))));
	}

}
