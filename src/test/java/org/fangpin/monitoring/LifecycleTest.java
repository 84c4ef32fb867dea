package org.fangpin.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/** What the lifecycle tests share: running one operation of {@code lifecycle.graphql} as a persona. */
public abstract class LifecycleTest extends ApiTest {

	protected GraphQlTester.Response run(Persona persona, String operation, Map<String, Object> input) {
		return graphQlAs(persona).documentName("lifecycle").operationName(operation).variable("input", input).execute();
	}

	/** Takes a step that must succeed, and returns the case as written. */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> step(Persona persona, String operation, Map<String, Object> input) {
		GraphQlTester.Response response = run(persona, operation, input);
		response.path("step.userErrors").entityList(Object.class).hasSize(0);
		return response.path("step.case").entity(Map.class).get();
	}

	/**
	 * A step that must be refused with this user-error code; returns the message. Refused for a stale version, the
	 * payload carries the case as it stands now; otherwise no case.
	 */
	protected String refusedStep(Persona persona, String operation, Map<String, Object> input, String code) {
		GraphQlTester.Response response = run(persona, operation, input);
		if (response.path("step.userErrors[0].field").entityList(String.class).get().equals(List.of("version"))) {
			response.path("step.case.version").entity(Integer.class).isNotEqualTo(input.get("version"));
		}
		else {
			response.path("step.case").valueIsNull();
		}
		response.path("step.userErrors[0].code").entity(String.class).isEqualTo(code);
		return response.path("step.userErrors[0].message").entity(String.class).get();
	}

	@SuppressWarnings("unchecked")
	protected Map<String, Object> lead(GraphQlTester.Response response, String operation) {
		response.path(operation + ".userErrors").entityList(Object.class).hasSize(0);
		return response.path(operation + ".lead").entity(Map.class).get();
	}

	/** A household of the worker's group, registered for one test. */
	protected String newHousehold() {
		return register(TestData.registration(GROUP_A1_1, TestData.newIdNumber()));
	}

	/** The number of a household, as a department system knows it. */
	protected String householdNumber(String householdId) {
		return this.jdbc.queryForObject("SELECT household_number FROM household WHERE id = ?", String.class,
				rowId(householdId));
	}

	/** A household registered by the grid worker as given, for one test. */
	protected String register(Map<String, Object> registration) {
		return graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", registration)
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

	/**
	 * A grid worker reported a lead for the household ten days ago, and the village cadre accepted it: the case
	 * was opened then, so that the procedure's dates ({@link #commitment} and on) fall after the lead.
	 */
	protected Map<String, Object> openCase(String householdId) {
		return openCase(householdId, Duration.ofDays(10));
	}

	/** The case opened {@code ago} (the clock set back for the report and the acceptance). */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> openCase(String householdId, Duration ago) {
		this.clock.advance(ago.negated());
		try {
			return reportAndAccept(householdId);
		}
		finally {
			this.clock.advance(ago);
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> reportAndAccept(String householdId) {
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead",
				Map.of("householdId", householdId, "source", "CADRE_INSPECTION", "riskTypes", List.of("INDUSTRY_FAILURE"),
						"description", "养殖失败，收入骤减")), "reportLead");
		Map<String, Object> accepted = lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", reported.get("id"), "version", reported.get("version"), "caseType", "MARGINAL")),
				"acceptLead");
		return (Map<String, Object>) accepted.get("case");
	}

	/** Walks a case from PENDING_COMMITMENT to PENDING_APPROVAL with the right persona at each step. */
	protected Map<String, Object> toApproval(Map<String, Object> opened) {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(opened));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		return step(Persona.TOWNSHIP, "recordVerification", verification(current, true));
	}

	protected Map<String, Object> commitment(Map<String, Object> current) {
		return input(current, "signedOn", daysAgo(current, 10).toString());
	}

	protected Map<String, Object> appraisal(Map<String, Object> current, boolean passed) {
		return passed ? input(current, "heldOn", daysAgo(current, 8).toString(), "participants", 23, "passed", true)
				: input(current, "heldOn", daysAgo(current, 8).toString(), "participants", 23, "passed", false, "note",
						"评议认为家庭收入高于监测范围");
	}

	/** A notice that ended today: the case's lead came in the day before at the latest. */
	protected Map<String, Object> notice(Map<String, Object> current) {
		return input(current, "startOn", daysAgo(current, 7).toString(), "endOn", today().toString(), "objections", 0);
	}

	/** So many days ago, but not before the case's lead was received (no step of the case is dated earlier). */
	private LocalDate daysAgo(Map<String, Object> current, int days) {
		LocalDate date = today().minusDays(days);
		Object discovered = current.get("discoveredAt");
		if (discovered == null) {
			return date;
		}
		LocalDate received = LocalDate.ofInstant(OffsetDateTime.parse((String) discovered).toInstant(),
				ZoneId.of("Asia/Shanghai"));
		return date.isBefore(received) ? received : date;
	}

	protected Map<String, Object> verification(Map<String, Object> current, boolean passed) {
		return input(current, "checkedBy", "石桥镇核查组", "findings", "入户核实，情况属实", "passed", passed, "negativeList",
				Map.of("items", List.of()));
	}

	/**
	 * Gives the case's household what elimination needs (seeds 001, 003, 004): this year's income well above
	 * this year's line of the demo county, and a visit today that found all six guarantees secured.
	 */
	protected void secureSituation(Map<String, Object> current) {
		@SuppressWarnings("unchecked")
		String household = (String) ((Map<String, Object>) current.get("household")).get("id");
		int year = today().getYear();
		graphQlAs(Persona.COUNTY).documentName("situation")
			.operationName("setIncomeLine")
			.variable("input", Map.of("year", year, "regionPrefix", "999901", "amount", 6700))
			.execute()
			.path("setIncomeLine.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		Map<String, Object> income = new HashMap<>(Map.of("householdId", household, "year", year, "wageIncome", 90000,
				"operatingIncome", 0, "propertyIncome", 0, "transferIncome", 0, "productiveExpenditure", 0,
				"medicalExpenditure", 0, "educationExpenditure", 0));
		income.put("otherRigidExpenditure", 0);
		// a household walked through twice in one run keeps the record of its first walk
		graphQlAs(Persona.WORKER).documentName("situation").operationName("recordIncome").variable("input", income).execute();
		recordVisit(household, this.clock.instant(), "SECURED");
	}

	/**
	 * Takes a monitored case from the proposal of its elimination to the county's approval, having first given
	 * it what every step of it checks: a contact cadre, and the household's situation secured.
	 */
	protected Map<String, Object> toEliminationApproval(Map<String, Object> monitored) {
		Map<String, Object> current = readyForElimination(monitored);
		current = step(Persona.VILLAGE, "proposeElimination", input(current));
		current = step(Persona.VILLAGE, "recordEliminationAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordEliminationNotice", notice(current));
		return step(Persona.TOWNSHIP, "acceptElimination", verification(current, true));
	}

	/** A contact cadre for the case if it has none, and its household's situation secured: the case as it is then. */
	protected Map<String, Object> readyForElimination(Map<String, Object> monitored) {
		Map<String, Object> current = monitored;
		if (current.get("contactCadre") == null) {
			current = step(Persona.VILLAGE, "assignContactCadre", input(current, "username", "worker"));
		}
		secureSituation(current);
		return caseNow(current);
	}

	/** The case as its village reads it now. */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> caseNow(Map<String, Object> current) {
		return graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("case")
			.variable("id", current.get("id"))
			.execute()
			.path("case")
			.entity(Map.class)
			.get();
	}

	/** A visit by the grid worker that found every guarantee in {@code state}. */
	protected void recordVisit(String household, Instant at, String state) {
		List<Map<String, Object>> guarantees = List.of("FOOD", "CLOTHING", "EDUCATION", "MEDICAL", "HOUSING", "WATER")
			.stream()
			.map((item) -> Map.<String, Object>of("item", item, "state", state))
			.toList();
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("recordVisit")
			.variable("input", Map.of("householdId", household, "method", "IN_PERSON", "visitedAt", at.toString(),
					"riskFound", false, "policyAware", true, "guarantees", guarantees))
			.execute()
			.path("recordVisit.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** A visit by the grid worker that found a risk, with the visitor's notes (internal to the cadres). */
	protected void recordNotedVisit(String household, String riskNote, String note) {
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("recordVisit")
			.variable("input", Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
					this.clock.instant().toString(), "riskFound", true, "riskNote", riskNote, "policyAware", true, "note",
					note, "guarantees", List.of()))
			.execute()
			.path("recordVisit.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/**
	 * The township's written application (seed 004) for a rollback ({@code applyForRollback}) or a clearance
	 * ({@code applyForClearance}), on which the county then decides: the case as written.
	 */
	protected Map<String, Object> applied(String mutation, Map<String, Object> current, String reason) {
		return step(Persona.TOWNSHIP, mutation,
				input(current, "reason", reason, "appliedOn", today().toString(), "note", "镇街书面申请，经核实"));
	}

	/** A measure the village plans for the case, due on {@code plannedCompletion}: its id. */
	protected String planMeasure(Map<String, Object> current, String category, LocalDate plannedCompletion) {
		return graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("planMeasure")
			.variable("input", Map.of("caseId", current.get("id"), "category", category, "content", "帮扶内容",
					"responsibleDepartment", "县人社局", "responsibleCadre", "张德明", "funds", 0, "plannedCompletion",
					plannedCompletion.toString()))
			.execute()
			.path("planMeasure.measure.id")
			.entity(String.class)
			.get();
	}

	/** The case's id and version, and the given fields. */
	protected static Map<String, Object> input(Map<String, Object> current, Object... fields) {
		Map<String, Object> input = new HashMap<>();
		input.put("caseId", current.get("id"));
		input.put("version", current.get("version"));
		for (int i = 0; i < fields.length; i += 2) {
			input.put((String) fields[i], fields[i + 1]);
		}
		return input;
	}

	protected LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai")));
	}

	protected static void assertStatus(Map<String, Object> monitoredCase, String status) {
		assertThat(monitoredCase.get("status")).isEqualTo(status);
	}

	/** The work item of this kind whose {@code field} (lead, case or measure) has this id, from every page. */
	@SuppressWarnings("unchecked")
	protected Optional<Map<String, Object>> workItem(Persona persona, String kind, String field, String id) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = graphQlAs(persona).documentName("workList")
				.operationName("myWorkList")
				.variable("kind", kind)
				.variable("after", after)
				.execute();
			nodes.addAll(page.path("myWorkList.edges[*].node").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get());
			after = page.path("myWorkList.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("myWorkList.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return nodes.stream()
			.filter((node) -> node.get(field) != null && id.equals(((Map<String, Object>) node.get(field)).get("id")))
			.findFirst();
	}

}
