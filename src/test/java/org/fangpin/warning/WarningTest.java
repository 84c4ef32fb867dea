package org.fangpin.warning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.MigrationBackfill;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * A department system pushes a batch with client credentials: each item is accepted, unmatched, rejected or
 * a duplicate, a resend replays the batch, the township verifies what was accepted, and the department
 * follows the result through its change feed; another department sees none of it.
 */
class WarningTest extends ApiTest {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aBatchIsReceivedItemByItemReplayedOnResendVerifiedAndFedBack() {
		String firstPerson = TestData.newIdNumber();
		register(firstPerson);
		String secondHouseholdNumber = householdNumberOf(register(TestData.newIdNumber()));
		String stranger = TestData.newIdNumber();
		List<Map<String, Object>> items = List.of(
				warning("a", Map.of("idNumber", firstPerson), Map.of("outOfPocketMedicalCost", 38000.5)),
				warning("b", Map.of("householdNumber", secondHouseholdNumber), Map.of("note", "住院")),
				warning("c", Map.of("idNumber", stranger), Map.of()),
				warning("d", Map.of("idNumber", "12345", "riskTypes", List.of(), "observedOn", "2099-01-01"),
						Map.of("note", "长".repeat(10_000))),
				warning("a", Map.of("idNumber", firstPerson), Map.of()));
		String batchId = "batch-" + this.run;
		long leadsBefore = count("SELECT COUNT(*) FROM risk_lead WHERE source = 'DEPARTMENT_WARNING'");

		GraphQlTester.Response pushed = push(Persona.HEALTH_SYSTEM, batchId, items);
		pushed.path("pushWarnings.userErrors").entityList(Object.class).hasSize(0);
		pushed.path("pushWarnings.batch.results[*].outcome")
			.entityList(String.class)
			.containsExactly("ACCEPTED", "ACCEPTED", "UNMATCHED", "REJECTED", "DUPLICATE");
		pushed.path("pushWarnings.batch.results[3].errors[*].field")
			.entityList(Object.class)
			.satisfies((fields) -> assertThat(fields.toString()).contains("idNumber", "riskTypes", "observedOn", "note"));
		String first = pushed.path("pushWarnings.batch.results[0].warningId").entity(String.class).get();
		pushed.path("pushWarnings.batch.results[4].warningId").entity(String.class).isEqualTo(first);
		assertThat(count("SELECT COUNT(*) FROM department_warning WHERE reference_id LIKE ?", this.run + "%"))
			.isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM risk_lead WHERE source = 'DEPARTMENT_WARNING'")).isEqualTo(leadsBefore + 2);

		// the same batch again replays the results and writes nothing; other items under its id are a conflict
		Map<String, Object> before = snapshot();
		push(Persona.HEALTH_SYSTEM, batchId, items).path("pushWarnings.batch.results[*].outcome")
			.entityList(String.class)
			.containsExactly("ACCEPTED", "ACCEPTED", "UNMATCHED", "REJECTED", "DUPLICATE");
		push(Persona.HEALTH_SYSTEM, batchId, items.subList(0, 2)).path("pushWarnings.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		// a reference id sent before is a duplicate in any later batch
		push(Persona.HEALTH_SYSTEM, batchId + "-2", List.of(items.get(1))).path("pushWarnings.batch.results[0].outcome")
			.entity(String.class)
			.isEqualTo("DUPLICATE");
		assertThat(count("SELECT COUNT(*) FROM department_warning WHERE reference_id LIKE ?", this.run + "%"))
			.isEqualTo(3);
		assertThat(count("SELECT COUNT(*) FROM risk_lead")).isEqualTo(before.get("leads"));

		// the township verifies; the village sees the work but may not record it
		List<Map<String, Object>> awaiting = awaiting(Persona.TOWNSHIP);
		assertThat(awaiting).extracting((node) -> node.get("referenceId"))
			.contains(this.run + "-a", this.run + "-b");
		assertThat(awaiting(Persona.VILLAGE)).extracting((node) -> node.get("referenceId")).contains(this.run + "-a");
		assertThat(awaiting(Persona.WORKER2)).extracting((node) -> node.get("referenceId"))
			.doesNotContain(this.run + "-a");
		Map<String, Object> verification = new HashMap<>(Map.of("warningId", first, "version", 0, "confirmed", true,
				"caseType", "SUDDEN_HARDSHIP", "note", "入户核实，医疗支出属实"));
		assertError(verify(Persona.VILLAGE, verification), ErrorCode.FORBIDDEN, "verifyWarning");
		GraphQlTester.Response verified = verify(Persona.TOWNSHIP, verification);
		verified.path("verifyWarning.warning.status").entity(String.class).isEqualTo("CONFIRMED");
		verified.path("verifyWarning.warning.lead.status").entity(String.class).isEqualTo("ACCEPTED");
		verified.path("verifyWarning.warning.lead.case.type").entity(String.class).isEqualTo("SUDDEN_HARDSHIP");
		verified.path("verifyWarning.warning.caseType").entity(String.class).isEqualTo("SUDDEN_HARDSHIP");
		assertThat(awaiting(Persona.TOWNSHIP)).extracting((node) -> node.get("referenceId"))
			.doesNotContain(this.run + "-a");

		// the department polls its change feed: the verified warning comes again, after the others
		List<Map<String, Object>> changes = updates(Persona.HEALTH_SYSTEM, null);
		assertThat(changes).extracting((node) -> node.get("referenceId")).contains(this.run + "-b", this.run + "-c");
		Map<String, Object> last = changes.getLast();
		assertThat(last).containsEntry("referenceId", this.run + "-a")
			.containsEntry("status", "CONFIRMED")
			.containsEntry("caseType", "SUDDEN_HARDSHIP");
		graphQlAs(Persona.HEALTH_SYSTEM).documentName("warnings")
			.operationName("byReference")
			.variable("referenceId", this.run + "-c")
			.execute()
			.path("departmentWarning.status")
			.entity(String.class)
			.isEqualTo("UNMATCHED");

		// another department sees none of it
		assertThat(updates(Persona.EDUCATION_SYSTEM, null)).extracting((node) -> node.get("referenceId"))
			.noneMatch((reference) -> String.valueOf(reference).startsWith(this.run));
		graphQlAs(Persona.EDUCATION_SYSTEM).documentName("warnings")
			.operationName("batch")
			.variable("batchId", batchId)
			.execute()
			.path("warningBatch")
			.valueIsNull();

		// the county resolves the unmatched person and sees the closed loop per department
		List<Map<String, Object>> unmatched = graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("unmatched")
			.execute()
			.path("unmatchedWarnings.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(unmatched).anySatisfy((node) -> assertThat(node).containsEntry("referenceId", this.run + "-c")
			.containsEntry("idNumber", stranger));
		graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("metrics")
			.execute()
			.path("warningMetrics[?(@.department == 'HEALTH')].confirmed")
			.entityList(Integer.class)
			.satisfies((confirmed) -> assertThat(confirmed.getFirst()).isGreaterThanOrEqualTo(1));
	}

	@Test
	void aBatchOverTheLimitIsRefusedWholeAndNamesTheLimit() {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			items.add(warning("big-" + i, Map.of("idNumber", TestData.newIdNumber()), Map.of()));
		}
		Map<String, Object> before = snapshot();
		long warnings = count("SELECT COUNT(*) FROM department_warning");
		GraphQlTester.Response response = push(Persona.HEALTH_SYSTEM, "big-" + this.run, items);
		response.path("pushWarnings.batch").valueIsNull();
		response.path("pushWarnings.userErrors[0].message")
			.entity(String.class)
			.satisfies((message) -> assertThat(message).contains("1000"));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM department_warning")).isEqualTo(warnings);
	}

	/**
	 * The largest batch the schema allows (1,000 items, every risk type, every fact, 500-character notes), sent as
	 * Python's {@code json.dumps} sends it by default (every Chinese character escaped as six bytes): about 3.4 MB,
	 * within the limit of a department's request.
	 */
	@Test
	void theLargestBatchFitsTheRequestLimitEvenWithEscapedNotes() throws Exception {
		List<Map<String, Object>> items = new ArrayList<>();
		List<String> allRisks = List.of("ILLNESS", "DISABILITY", "EDUCATION", "DISASTER", "ACCIDENT", "INDUSTRY_FAILURE",
				"UNSTABLE_EMPLOYMENT", "LABOR_SHORTAGE", "HOUSING_UNSAFE", "DRINKING_WATER_UNSAFE", "INCOME_DROP",
				"HIGH_RIGID_EXPENDITURE", "OTHER");
		for (int i = 0; i < 1000; i++) {
			Map<String, Object> facts = new HashMap<>(Map.of("outOfPocketMedicalCost", 99999999.99, "disabilityGrade", 1,
					"subsistenceStoppedOn", "2026-01-01", "schoolDropout", true, "disasterLoss", 99999999.99));
			facts.put("note", "住".repeat(500));
			items.add(warning("max-" + "r".repeat(40) + i, Map.of("idNumber", TestData.newIdNumber(), "riskTypes", allRisks),
					facts));
		}
		Map<String, Object> body = Map.of("query",
				"mutation($input: PushWarningsInput!) { pushWarnings(input: $input) { batch { unmatched } userErrors { code } } }",
				"variables", Map.of("input", Map.of("batchId", "max-" + this.run, "warnings", items)));
		StringBuilder escaped = new StringBuilder();
		new tools.jackson.databind.json.JsonMapper().writeValueAsString(body).chars().forEach((c) -> escaped
			.append((c < 128) ? String.valueOf((char) c) : String.format("\\u%04x", c)));
		assertThat(escaped.length()).isGreaterThan(3_000_000);
		try {
			clientAs(Persona.HEALTH_SYSTEM).post()
				.uri("/graphql")
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.bodyValue(escaped.toString())
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.data.pushWarnings.batch.unmatched")
				.isEqualTo(1000);
		}
		finally {
			String mine = "SELECT id FROM department_warning WHERE reference_id LIKE '" + this.run + "-max-%'";
			this.jdbc.update("DELETE FROM warning_change WHERE warning_id IN (" + mine + ")");
			this.jdbc.update("DELETE FROM department_warning WHERE reference_id LIKE ?", this.run + "-max-%");
		}
	}

	/** The departments the seeds name besides the first five, each with a client of the demo realm. */
	@Test
	void everyDepartmentTheSeedsNameHasAClientThatPushesAsItself() {
		Map<String, String> clients = Map.of("housing", "HOUSING", "water", "WATER", "human-resources", "HUMAN_RESOURCES",
				"disabled-federation", "DISABLED_FEDERATION", "finance", "FINANCE", "public-security", "PUBLIC_SECURITY",
				"agriculture", "AGRICULTURE");
		clients.forEach((suffix, department) -> {
			HttpGraphQlTester system = graphQlWithToken(
					tokens().clientCredentials("fangpin-dept-" + suffix, suffix + "-dev-secret"));
			system.document("{ me { department } }").execute().path("me.department").entity(String.class).isEqualTo(department);
			GraphQlTester.Response pushed = system.documentName("warnings")
				.operationName("push")
				.variable("input", Map.of("batchId", suffix + "-" + this.run, "warnings",
						List.of(warning(suffix, Map.of("idNumber", TestData.newIdNumber()), Map.of()))))
				.execute();
			pushed.path("pushWarnings.batch.department").entity(String.class).isEqualTo(department);
			pushed.path("pushWarnings.batch.unmatched").entity(Integer.class).isEqualTo(1);
		});
		String mine = "SELECT id FROM department_warning WHERE reference_id LIKE '" + this.run + "-%'";
		this.jdbc.update("DELETE FROM warning_change WHERE warning_id IN (" + mine + ") AND department <> 'HEALTH'");
		this.jdbc.update("DELETE FROM department_warning WHERE reference_id LIKE ? AND department <> 'HEALTH'",
				this.run + "-%");
	}

	@Test
	void cadresMayNotPushAndDepartmentsMayNotVerify() {
		List<Map<String, Object>> items = List.of(warning("x", Map.of("idNumber", TestData.newIdNumber()), Map.of()));
		assertError(push(Persona.COUNTY, "cadre-" + this.run, items), ErrorCode.FORBIDDEN, "pushWarnings");
		assertError(verify(Persona.HEALTH_SYSTEM, Map.of("warningId", "none", "version", 0, "confirmed", false)),
				ErrorCode.FORBIDDEN, "verifyWarning");
	}

	@Test
	void healthFactsOfAWarningReachOnlyThoseWhoMaySeeHealthAndTheLeadDoesNotRepeatThem() {
		String household = register(TestData.newIdNumber());
		String reference = this.run + "-ill";
		push(Persona.HEALTH_SYSTEM, "batch-ill-" + this.run, List.of(warning("ill",
				Map.of("householdNumber", householdNumberOf(household)),
				Map.of("disabilityGrade", 1, "outOfPocketMedicalCost", 52000, "note", "精神障碍，住院治疗"))))
			.path("pushWarnings.batch.results[0].outcome")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		long accessBefore = count("SELECT COUNT(*) FROM sensitive_access_household WHERE household_id = ?",
				rowId(household));

		for (Persona persona : List.of(Persona.WORKER, Persona.AUDITOR)) {
			Map<String, Object> node = awaitingFacts(persona, reference);
			assertThat(node.get("facts")).as(persona.name())
				.isEqualTo(nullFacts());
			assertThat(((Map<?, ?>) node.get("lead")).get("description").toString()).as(persona.name())
				.doesNotContain("精神障碍")
				.doesNotContain("52000")
				.doesNotContain("残疾等级");
		}
		assertThat(count("SELECT COUNT(*) FROM sensitive_access_household WHERE household_id = ?", rowId(household)))
			.isEqualTo(accessBefore);

		Map<String, Object> village = awaitingFacts(Persona.VILLAGE, reference);
		assertThat(((Map<?, ?>) village.get("facts")).get("note")).isEqualTo("精神障碍，住院治疗");
		assertThat(((Map<?, ?>) village.get("facts")).get("disabilityGrade")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM sensitive_access_household WHERE household_id = ?", rowId(household)))
			.as("the village cadre's reading of health facts is logged")
			.isEqualTo(accessBefore + 1);
	}

	@Test
	void leadsWrittenBeforeKeepWhoWarnedButNotTheFactsOnceMigrated() {
		String household = register(TestData.newIdNumber());
		push(Persona.HEALTH_SYSTEM, "batch-old-" + this.run, List.of(warning("old",
				Map.of("householdNumber", householdNumberOf(household)), Map.of("note", "旧"))));
		long lead = this.jdbc.queryForObject("SELECT lead_id FROM department_warning WHERE reference_id = ?", Long.class,
				this.run + "-old");
		String current = this.jdbc.queryForObject("SELECT description FROM risk_lead WHERE id = ?", String.class, lead);
		String prefix = current.substring(0, current.indexOf('）') + 1);
		this.jdbc.update("UPDATE risk_lead SET description = ? WHERE id = ?", prefix + "：自付医疗费用52000元；精神障碍，住院治疗",
				lead);

		MigrationBackfill.statements("V14__department_leads_without_health_facts.sql").forEach(this.jdbc::update);

		assertThat(this.jdbc.queryForObject("SELECT description FROM risk_lead WHERE id = ?", String.class, lead))
			.isEqualTo(prefix + "：其余事实见预警");
	}

	private static Map<String, Object> nullFacts() {
		Map<String, Object> facts = new HashMap<>();
		facts.put("outOfPocketMedicalCost", null);
		facts.put("disabilityGrade", null);
		facts.put("note", null);
		return facts;
	}

	private Map<String, Object> awaitingFacts(Persona persona, String reference) {
		return nodes(graphQlAs(persona).documentName("warnings").operationName("awaitingFacts").execute(),
				"warningsAwaitingVerification")
			.stream()
			.filter((node) -> reference.equals(node.get("referenceId")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(persona + " does not see warning " + reference));
	}

	private Map<String, Object> warning(String reference, Map<String, Object> overrides, Map<String, Object> facts) {
		Map<String, Object> item = new HashMap<>(Map.of("referenceId", this.run + "-" + reference, "riskTypes",
				List.of("ILLNESS"), "observedOn", LocalDate.now().minusDays(3).toString(), "facts", facts));
		item.putAll(overrides);
		return item;
	}

	private GraphQlTester.Response push(Persona persona, String batchId, List<Map<String, Object>> items) {
		return graphQlAs(persona).documentName("warnings")
			.operationName("push")
			.variable("input", Map.of("batchId", batchId, "warnings", items))
			.execute();
	}

	private GraphQlTester.Response verify(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("warnings").operationName("verify").variable("input", input).execute();
	}

	private List<Map<String, Object>> awaiting(Persona persona) {
		return nodes(graphQlAs(persona).documentName("warnings").operationName("awaiting").execute(),
				"warningsAwaitingVerification");
	}

	private List<Map<String, Object>> updates(Persona persona, String after) {
		return nodes(graphQlAs(persona).documentName("warnings")
			.operationName("updates")
			.variable("after", after)
			.execute(), "warningUpdates");
	}

	private static List<Map<String, Object>> nodes(GraphQlTester.Response response, String connection) {
		return response.path(connection + ".edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private String register(String idNumber) {
		return graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, idNumber))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

	private String householdNumberOf(String householdId) {
		return this.jdbc.queryForObject("SELECT household_number FROM household WHERE id = ?", String.class,
				rowId(householdId));
	}

}
