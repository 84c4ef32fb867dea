package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case screen offers what the caller may do and nothing a rule will refuse: a case walked from its lead to
 * its elimination and back, where at each status every cadre sends every action it is offered (the ones that
 * move the case at a stale version, so that only the version refuses them) and every case action it is not
 * (which must be refused, with nothing written).
 */
class AvailableActionsTest extends LifecycleTest {

	private static final List<Persona> CADRES = List.of(Persona.WORKER, Persona.VILLAGE, Persona.TOWNSHIP,
			Persona.COUNTY);

	/** The case's mutations, each with a valid input for the case as it is (correctStepDate is offered by its step). */
	private final Map<String, Function<Map<String, Object>, Map<String, Object>>> caseActions = new HashMap<>();

	/** The actions that do not move the case, sent for real when offered. */
	private static final Set<String> IN_PLACE = Set.of("assignContactCadre", "reportEliminationStandard",
			"recordAnnouncement", "recordEliminationAnnouncement", "applyForRollback", "applyForClearance",
			"recordMeasureNotice", "fileMeasures");

	private final List<Map<String, Object>> measures = new ArrayList<>();

	private int incomeYear = 2013;

	AvailableActionsTest() {
		this.caseActions.put("recordCommitment", this::commitment);
		this.caseActions.put("recordAppraisal", (current) -> appraisal(current, true));
		this.caseActions.put("recordNotice", this::notice);
		this.caseActions.put("recordVerification", (current) -> verification(current, true));
		this.caseActions.put("approveCase", (current) -> input(current));
		this.caseActions.put("rejectCase", (current) -> input(current, "note", "复核不符合条件"));
		this.caseActions.put("assignContactCadre", (current) -> input(current, "username", "worker"));
		this.caseActions.put("reportEliminationStandard", (current) -> input(current));
		this.caseActions.put("proposeElimination", (current) -> input(current));
		this.caseActions.put("recordEliminationAppraisal", (current) -> appraisal(current, true));
		this.caseActions.put("recordEliminationNotice", this::notice);
		this.caseActions.put("acceptElimination", (current) -> verification(current, true));
		this.caseActions.put("approveElimination", (current) -> input(current, "kind", "NATURAL"));
		this.caseActions.put("recordAnnouncement", (current) -> input(current, "publishedOn", today().toString()));
		this.caseActions.put("recordEliminationAnnouncement",
				(current) -> input(current, "publishedOn", today().toString()));
		this.caseActions.put("recordMeasureNotice",
				(current) -> input(current, "heldOn", today().minusDays(3).toString(), "participants", 20, "startOn",
						today().minusDays(3).toString(), "endOn", today().toString(), "objections", 0));
		this.caseActions.put("fileMeasures", (current) -> input(current, "filedOn", today().toString()));
		this.caseActions.put("applyForRollback", (current) -> input(current, "reason", "UNSTABLE", "appliedOn",
				today().toString(), "note", "镇街书面申请，经核实"));
		this.caseActions.put("applyForClearance", (current) -> input(current, "reason", "WRONGLY_INCLUDED",
				"appliedOn", today().toString(), "note", "镇街书面申请，经核实"));
		this.caseActions.put("rollBackCase", (current) -> input(current, "reason", "UNSTABLE"));
		this.caseActions.put("clearCase", (current) -> input(current, "reason", "WRONGLY_INCLUDED"));
	}

	@Test
	void everyActionOfferedAtEachStatusIsAcceptedAndEveryOtherRefused() {
		String id = (String) openCase(newHousehold()).get("id");
		Map<String, Object> current = walk(id, Map.entry(Persona.WORKER, "recordCommitment"),
				Map.entry(Persona.VILLAGE, "recordAppraisal"), Map.entry(Persona.VILLAGE, "recordNotice"),
				Map.entry(Persona.TOWNSHIP, "recordVerification"), Map.entry(Persona.COUNTY, "approveCase"));
		assertStatus(current, "MONITORING");

		// monitored, with measures planned and none done, its risk is not gone: the village is offered no proposal
		List<Map<String, Object>> blocked = actions(Persona.VILLAGE, id, true);
		assertThat(offered(actions(Persona.VILLAGE, id, false))).contains("planMeasure", "recordVisit", "recordIncome",
				"recordMeasureNotice").doesNotContain("proposeElimination");
		assertThat(blocked).filteredOn((action) -> action.get("mutation").equals("proposeElimination"))
			.singleElement()
			.satisfies((action) -> assertThat(codes(action)).contains("ELIMINATION_CONDITION"));
		assertThat(offered(actions(Persona.VILLAGE, id, false))).contains("attachEvidence");
		assertThat(actions(Persona.VILLAGE, id, false))
			.filteredOn((action) -> action.get("mutation").equals("planMeasure"))
			.singleElement()
			.satisfies((action) -> assertThat(action.get("files").toString()).contains("MEASURE_DOCUMENT"));

		completeMeasures();
		secureSituation(caseNow(current));
		current = walk(id, Map.entry(Persona.VILLAGE, "proposeElimination"),
				Map.entry(Persona.VILLAGE, "recordEliminationAppraisal"), Map.entry(Persona.VILLAGE, "recordEliminationNotice"),
				Map.entry(Persona.TOWNSHIP, "acceptElimination"), Map.entry(Persona.COUNTY, "approveElimination"));
		assertStatus(current, "RISK_ELIMINATED");
		assertThat(offered(actions(Persona.VILLAGE, id, false))).doesNotContain("planMeasure");
		assertStatus(walk(id, Map.entry(Persona.COUNTY, "rollBackCase")), "MONITORING");
		tryEveryAction(id);
	}

	/**
	 * At each status, tries every action as each cadre, then takes the next step as the cadre whose it is, who
	 * must have been offered it: the case as written at the end.
	 */
	@SafeVarargs
	private Map<String, Object> walk(String id, Map.Entry<Persona, String>... steps) {
		Map<String, Object> current = Map.of();
		for (Map.Entry<Persona, String> step : steps) {
			tryEveryAction(id);
			completeMeasures();
			assertThat(offered(actions(step.getKey(), id, false))).contains(step.getValue());
			current = step(step.getKey(), step.getValue(), this.caseActions.get(step.getValue()).apply(read(id)));
		}
		return current;
	}

	private void tryEveryAction(String id) {
		for (Persona persona : CADRES) {
			for (String mutation : offered(actions(persona, id, false))) {
				if (IN_PLACE.contains(mutation)) {
					step(persona, mutation, this.caseActions.get(mutation).apply(read(id)));
				}
				else if (!this.caseActions.containsKey(mutation)) {
					doWork(persona, mutation, read(id));
				}
			}
			List<String> offered = offered(actions(persona, id, false));
			Map<String, Object> current = read(id);
			for (String mutation : this.caseActions.keySet()) {
				if (offered.contains(mutation)) {
					if (!IN_PLACE.contains(mutation)) {
						// the version is the only thing that may refuse it: who, status and rules allow it
						Map<String, Object> stale = new HashMap<>(this.caseActions.get(mutation).apply(current));
						stale.put("version", (Integer) current.get("version") + 100);
						assertThat(run(persona, mutation, stale).path("step.userErrors[*].field")
							.entityList(Object.class)
							.get()).as("%s offered to %s at %s", mutation, persona, current.get("status"))
							.containsExactly(List.of("version"));
					}
				}
				else {
					assertThat(refused(run(persona, mutation, this.caseActions.get(mutation).apply(current)), "step"))
						.as("%s not offered to %s at %s", mutation, persona, current.get("status"))
						.isTrue();
				}
			}
			// neither the refused actions nor those tried at a stale version wrote anything
			assertThat(read(id).get("version")).isEqualTo(current.get("version"));
		}
	}

	/** The work of another feature offered on the case, done for real: it must be accepted. */
	@SuppressWarnings("unchecked")
	private void doWork(Persona persona, String mutation, Map<String, Object> current) {
		String household = (String) ((Map<String, Object>) current.get("household")).get("id");
		Map<String, Object> input = switch (mutation) {
			case "planMeasure" -> Map.of("caseId", current.get("id"), "category", "INDUSTRY", "content", "发展养殖",
					"responsibleDepartment", "县农业农村局", "responsibleCadre", "张德明", "funds", "1200.50",
					"plannedCompletion", today().plusDays(30).toString());
			case "recordVisit" -> Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
					this.clock.instant().toString(), "riskFound", false, "policyAware", true, "guarantees",
					List.of("FOOD", "CLOTHING", "EDUCATION", "MEDICAL", "HOUSING", "WATER")
						.stream()
						.map((item) -> Map.of("item", item, "state", "SECURED"))
						.toList());
			// a year is recorded once (then corrected): one record per status keeps to the years before the line's
			case "recordIncome" -> (persona == Persona.WORKER) ? income(household) : null;
			// the files of steps taken are attached with an upload, which EvidenceTest tries
			case "attachEvidence" -> null;
			default -> throw new AssertionError("an action the test does not know: " + mutation);
		};
		if (input == null) {
			return;
		}
		GraphQlTester.Response response = graphQlAs(persona).documentName("situation")
			.operationName(mutation)
			.variable("input", input)
			.execute();
		response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
		if (mutation.equals("planMeasure")) {
			this.measures.add(response.path("planMeasure.measure").entity(Map.class).get());
		}
	}

	/** An income record of a year not recorded yet, before those that decide the elimination. */
	private Map<String, Object> income(String household) {
		Map<String, Object> income = new HashMap<>(Map.of("householdId", household, "year", this.incomeYear++,
				"wageIncome", "30000.00", "operatingIncome", 0, "propertyIncome", 0, "transferIncome", 0,
				"productiveExpenditure", 0, "medicalExpenditure", 0, "educationExpenditure", 0));
		income.put("otherRigidExpenditure", 0);
		assertThat(this.incomeYear).isLessThan(today().getYear());
		return income;
	}

	/** The measures planned so far, completed: an elimination needs them done. */
	private void completeMeasures() {
		for (Map<String, Object> measure : this.measures) {
			graphQlAs(Persona.VILLAGE).documentName("situation")
				.operationName("updateMeasure")
				.variable("input", Map.of("id", measure.get("id"), "version", measure.get("version"), "status",
						"COMPLETED", "completedOn", today().toString()))
				.execute()
				.path("updateMeasure.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}
		this.measures.clear();
	}

	/** Refused: an error before it ran (its duty), or user errors, and nothing written. */
	private static boolean refused(GraphQlTester.Response response, String path) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		return !errors.isEmpty() || !response.path(path + ".userErrors").entityList(Object.class).get().isEmpty();
	}

	private List<Map<String, Object>> actions(Persona persona, String id, boolean blocked) {
		return graphQlAs(persona).documentName("lifecycle")
			.operationName("actions")
			.variable("id", id)
			.variable("blocked", blocked)
			.execute()
			.path("case.availableActions")
			.entity(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.get();
	}

	@SuppressWarnings("unchecked")
	private static List<String> codes(Map<String, Object> action) {
		return ((List<Map<String, Object>>) action.get("blockers")).stream()
			.map((blocker) -> (String) blocker.get("code"))
			.toList();
	}

	private static List<String> offered(List<Map<String, Object>> actions) {
		return actions.stream().map((action) -> (String) action.get("mutation")).toList();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> read(String id) {
		return graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("actions")
			.variable("id", id)
			.variable("blocked", false)
			.execute()
			.path("case")
			.entity(Map.class)
			.get();
	}

}
