package org.fangpin.offline;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fangpin.graphql.InputCheck;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * A device in a village with a weak signal loses answers and sends again: every create under its client key is
 * written once and answered again, other content under a used key is a CONFLICT, a stale version is a CONFLICT
 * with the record as it stands now, and the device's time of the act is kept, within bounds.
 */
class OfflineWritesTest extends LifecycleTest {

	private static final String WRITES = "SELECT (SELECT COUNT(*) FROM household) + (SELECT COUNT(*) FROM member)"
			+ " + (SELECT COUNT(*) FROM risk_lead) + (SELECT COUNT(*) FROM measure) + (SELECT COUNT(*) FROM income_record)"
			+ " + (SELECT COUNT(*) FROM visit) + (SELECT COUNT(*) FROM audit_record) + (SELECT COUNT(*) FROM grid_change)";

	@Test
	void everyCreateSentAgainUnderItsKeyIsWrittenOnceAndAnsweredAgain() {
		Map<String, Object> registration = TestData.registration(GROUP_A1_1, TestData.newIdNumber());
		Map<String, Object> otherAddress = new HashMap<>(registration);
		otherAddress.put("address", "青禾县测试地址 2 号");
		String household = once(Persona.WORKER, "registerHousehold", registration, otherAddress, "household");

		Map<String, Object> member = Map.of("householdId", household, "relation", "SPOUSE", "member",
				Map.of("name", "钱测试", "idNumber", TestData.newIdNumber(), "health", "HEALTHY", "labourCapacity",
						"ORDINARY", "medicalInsurance", true));
		Map<String, Object> otherRelation = new HashMap<>(member);
		otherRelation.put("relation", "CHILD");
		once(Persona.WORKER, "addMember", member, otherRelation, "member");

		Map<String, Object> lead = Map.of("householdId", household, "source", "CADRE_INSPECTION", "riskTypes",
				List.of("INDUSTRY_FAILURE"), "description", "养殖失败，收入骤减");
		Map<String, Object> otherRisk = new HashMap<>(lead);
		otherRisk.put("riskTypes", List.of("ILLNESS"));
		once(Persona.WORKER, "reportLead", lead, otherRisk, "lead");

		int lastYear = Year.now(InputCheck.ZONE).getValue() - 1;
		Map<String, Object> income = new HashMap<>(Map.of("householdId", household, "year", lastYear, "wageIncome",
				"12000.00", "operatingIncome", "3000.00", "propertyIncome", "0", "transferIncome", "1500.00",
				"productiveExpenditure", "800.00", "medicalExpenditure", "0", "educationExpenditure", "0"));
		income.put("otherRigidExpenditure", "0");
		Map<String, Object> otherIncome = new HashMap<>(income);
		otherIncome.put("wageIncome", "12500.00");
		once(Persona.WORKER, "recordIncome", income, otherIncome, "incomeRecord");

		Map<String, Object> visit = Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
				Instant.now().minus(Duration.ofHours(3)).toString(), "riskFound", false, "policyAware", true, "guarantees",
				List.of(Map.of("item", "HOUSING", "state", "SECURED", "note", "房屋")));
		Map<String, Object> otherVisit = new HashMap<>(visit);
		otherVisit.put("method", "PHONE");
		once(Persona.WORKER, "recordVisit", visit, otherVisit, "visit");

		Map<String, Object> opened = openCase(household);
		Map<String, Object> measure = Map.of("caseId", opened.get("id"), "category", "EMPLOYMENT", "content", "公益岗位",
				"responsibleDepartment", "县人社局", "responsibleCadre", "张德明", "funds", "0", "plannedCompletion",
				today().plusMonths(2).toString());
		Map<String, Object> otherMeasure = new HashMap<>(measure);
		otherMeasure.put("content", "技能培训");
		once(Persona.VILLAGE, "planMeasure", measure, otherMeasure, "measure");
	}

	@Test
	void aKeyBelongsToTheAccountThatMadeIt() {
		String household = newHousehold();
		String key = UUID.randomUUID().toString();
		Map<String, Object> lead = Map.of("householdId", household, "source", "CADRE_INSPECTION", "riskTypes",
				List.of("INDUSTRY_FAILURE"), "description", "养殖失败，收入骤减", "clientKey", key);
		String byWorker = send(Persona.WORKER, "reportLead", lead).path("reportLead.lead.id").entity(String.class).get();
		// the village cadre's device made the same key by chance: its lead is its own
		String byVillage = send(Persona.VILLAGE, "reportLead", lead).path("reportLead.lead.id").entity(String.class).get();
		assertThat(byVillage).isNotEqualTo(byWorker);
		assertThat(count("SELECT COUNT(*) FROM risk_lead WHERE household_id = ?", rowId(household))).isEqualTo(2);

		Map<String, Object> badKey = new HashMap<>(lead);
		badKey.put("clientKey", "键");
		GraphQlTester.Response refused = send(Persona.WORKER, "reportLead", badKey);
		refused.path("reportLead.userErrors[0].field").entityList(String.class).containsExactly("clientKey");
		refused.path("reportLead.userErrors[0].code").entity(String.class).isEqualTo("BAD_USER_INPUT");
		assertThat(count("SELECT COUNT(*) FROM risk_lead WHERE household_id = ?", rowId(household))).isEqualTo(2);
	}

	/** Two resends of one visit arrive at once (a retry timer and the person tapping again): one visit is written. */
	@RepeatedTest(3)
	void twoResendsAtOnceWriteOneRecord() throws Exception {
		String household = newHousehold();
		Map<String, Object> visit = Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
				Instant.now().minus(Duration.ofHours(1)).toString(), "riskFound", false, "policyAware", true, "clientKey",
				UUID.randomUUID().toString());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<GraphQlTester.Response>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (int i = 0; i < 2; i++) {
				GraphQlTester tester = graphQlAs(Persona.WORKER);
				outcomes.add(pool.submit(() -> {
					start.await();
					return tester.documentName("offline").operationName("recordVisit").variable("input", visit).execute();
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<GraphQlTester.Response> outcome : outcomes) {
				List<String> errors = outcome.get().path("recordVisit.userErrors[*].code").entityList(String.class).get();
				results.add(errors.isEmpty() ? "OK" : errors.getFirst());
			}
			// the second waits for the first's key and is answered with its visit, or told to send again
			assertThat(results).contains("OK").allMatch((result) -> result.equals("OK") || result.equals("CONFLICT"));
		}
		assertThat(count("SELECT COUNT(*) FROM visit WHERE household_id = ?", rowId(household))).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM grid_change WHERE household_id = ? AND kind = 'VISIT'", rowId(household)))
			.isEqualTo(1);
		// sent again now, it is answered
		send(Persona.WORKER, "recordVisit", visit).path("recordVisit.userErrors").entityList(Object.class).hasSize(0);
		assertThat(count("SELECT COUNT(*) FROM visit WHERE household_id = ?", rowId(household))).isEqualTo(1);
	}

	@Test
	void aStaleVersionIsAConflictThatAnswersTheRecordAsItStandsNow() {
		String household = newHousehold();
		GraphQlTester.Response moved = send(Persona.WORKER, "updateHousehold",
				Map.of("id", household, "version", 0, "address", "青禾县测试地址 3 号"));
		moved.path("updateHousehold.household.version").entity(Integer.class).isEqualTo(1);
		Map<String, Object> before = snapshot();

		// a second device still shows version 0
		GraphQlTester.Response stale = send(Persona.VILLAGE, "updateHousehold",
				Map.of("id", household, "version", 0, "address", "青禾县测试地址 4 号"));
		stale.path("updateHousehold.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		stale.path("updateHousehold.userErrors[0].field").entityList(String.class).containsExactly("version");
		stale.path("updateHousehold.household.version").entity(Integer.class).isEqualTo(1);
		stale.path("updateHousehold.household.address").entity(String.class).isEqualTo("青禾县测试地址 3 号");
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> opened = openCase(household);
		String measure = planMeasure(opened, "EMPLOYMENT", today().plusMonths(1));
		send(Persona.WORKER, "updateMeasure", Map.of("id", measure, "version", 0, "status", "IN_PROGRESS"))
			.path("updateMeasure.measure.version")
			.entity(Integer.class)
			.isEqualTo(1);
		GraphQlTester.Response staleMeasure = send(Persona.VILLAGE, "updateMeasure",
				Map.of("id", measure, "version", 0, "content", "另一内容"));
		staleMeasure.path("updateMeasure.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		staleMeasure.path("updateMeasure.measure.status").entity(String.class).isEqualTo("IN_PROGRESS");
	}

	@Test
	void theDevicesTimeIsKeptBesideTheServersWithinBounds() {
		String household = newHousehold();
		Instant typedOffline = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MILLIS);
		Map<String, Object> visit = new HashMap<>(Map.of("householdId", household, "method", "IN_PERSON", "visitedAt",
				typedOffline.minus(Duration.ofHours(1)).toString(), "riskFound", false, "policyAware", true, "actedAt",
				typedOffline.toString()));
		GraphQlTester.Response recorded = send(Persona.WORKER, "recordVisit", visit);
		recorded.path("recordVisit.visit.actedAt").entity(Instant.class).isEqualTo(typedOffline);
		recorded.path("recordVisit.visit.recordedAt")
			.entity(Instant.class)
			.satisfies((at) -> assertThat(at).isAfter(typedOffline.plus(Duration.ofDays(1))));

		Map<String, Object> lead = new HashMap<>(Map.of("householdId", household, "source", "CADRE_INSPECTION",
				"riskTypes", List.of("ILLNESS"), "description", "户主突发疾病", "actedAt", typedOffline.toString()));
		send(Persona.WORKER, "reportLead", lead).path("reportLead.lead.actedAt").entity(Instant.class).isEqualTo(typedOffline);

		long visits = count("SELECT COUNT(*) FROM visit WHERE household_id = ?", rowId(household));
		for (Instant wrong : List.of(Instant.now().plus(Duration.ofMinutes(10)), Instant.now().minus(Duration.ofDays(40)))) {
			Map<String, Object> off = new HashMap<>(visit);
			off.put("actedAt", wrong.toString());
			GraphQlTester.Response refused = send(Persona.WORKER, "recordVisit", off);
			refused.path("recordVisit.userErrors[0].field").entityList(String.class).containsExactly("actedAt");
			refused.path("recordVisit.visit").valueIsNull();
		}
		assertThat(count("SELECT COUNT(*) FROM visit WHERE household_id = ?", rowId(household))).isEqualTo(visits);
		// a device a little ahead of the server is believed
		visit.put("actedAt", Instant.now().plus(Duration.ofMinutes(2)).toString());
		send(Persona.WORKER, "recordVisit", visit).path("recordVisit.userErrors").entityList(Object.class).hasSize(0);
	}

	/**
	 * Sends the create under a new key, then again as a resend after a lost answer (the same record, nothing
	 * written), then other content under that key (a CONFLICT, nothing written): the id of the record written.
	 */
	private String once(Persona persona, String mutation, Map<String, Object> input, Map<String, Object> otherContent,
			String record) {
		String key = UUID.randomUUID().toString();
		Map<String, Object> keyed = new HashMap<>(input);
		keyed.put("clientKey", key);
		GraphQlTester.Response first = send(persona, mutation, keyed);
		first.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
		Object written = first.path(mutation + "." + record).entity(Object.class).get();
		long writes = count(WRITES);
		Map<String, Object> before = snapshot();

		GraphQlTester.Response again = send(persona, mutation, keyed);
		again.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
		again.path(mutation + "." + record).entity(Object.class).isEqualTo(written);
		assertThat(count(WRITES)).as(mutation + " sent again").isEqualTo(writes);
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> other = new HashMap<>(otherContent);
		other.put("clientKey", key);
		GraphQlTester.Response conflict = send(persona, mutation, other);
		conflict.path(mutation + ".userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		conflict.path(mutation + ".userErrors[0].field").entityList(String.class).containsExactly("clientKey");
		conflict.path(mutation + "." + record).valueIsNull();
		assertThat(count(WRITES)).as(mutation + " other content under the key").isEqualTo(writes);
		return String.valueOf(((Map<?, ?>) written).get("id"));
	}

	private GraphQlTester.Response send(Persona persona, String mutation, Map<String, Object> input) {
		return graphQlAs(persona).documentName("offline").operationName(mutation).variable("input", input).execute();
	}

}
