package org.fangpin.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Households walked through the procedure by the demo users whose duty each step is, with every wrong
 * role, wrong grid and wrong state on the way tried and refused with nothing written.
 */
class CaseLifecycleTest extends LifecycleTest {

	private static final String RESIDENT_HOUSEHOLD = globalId("Household", 1001);

	@Test
	@SuppressWarnings("unchecked")
	void aSelfDeclaredDifficultyGoesToMonitoringToEliminationAndIsRolledBack() {
		// the resident declares; they follow their declaration on their household
		Map<String, Object> declared = lead(run(Persona.RESIDENT, "declareDifficulty",
				Map.of("riskTypes", List.of("ILLNESS"), "description", "户主突发重病住院，医疗支出大")), "declareDifficulty");
		assertThat(declared).containsEntry("status", "OPEN").containsEntry("source", "SELF_DECLARATION");
		graphQlAs(Persona.RESIDENT).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", RESIDENT_HOUSEHOLD)
			.execute()
			.path("household.leads[*].status")
			.entityList(String.class)
			.contains("OPEN");
		graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("leadsAwaitingDecision")
			.execute()
			.path("leadsAwaitingDecision.edges[*].node.id")
			.entityList(String.class)
			.contains((String) declared.get("id"));

		// only the village cadre of the household's village accepts it
		Map<String, Object> acceptance = Map.of("leadId", declared.get("id"), "version", declared.get("version"),
				"caseType", "SUDDEN_HARDSHIP");
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.WORKER, Persona.TOWNSHIP, Persona.COUNTY, Persona.RESIDENT, Persona.AUDITOR)) {
			assertError(run(persona, "acceptLead", acceptance), ErrorCode.FORBIDDEN, "acceptLead");
		}
		assertThat(snapshot()).isEqualTo(before);
		Map<String, Object> opened = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead", acceptance), "acceptLead")
			.get("case");
		assertStatus(opened, "PENDING_COMMITMENT");
		// the lead came in today: the procedure's dates start today, and its notice is recorded tomorrow at the earliest
		this.clock.advance(Duration.ofDays(1));
		assertThat(Duration.between(Instant.parse((String) opened.get("discoveredAt")),
				Instant.parse((String) opened.get("deadline"))))
			.isEqualTo(Duration.ofDays(15));

		// wrong state, wrong role, wrong grid: refused, nothing written
		before = snapshot();
		assertThat(refusedStep(Persona.TOWNSHIP, "recordVerification", verification(opened, true), "CONFLICT"))
			.contains("PENDING_COMMITMENT")
			.contains("PENDING_VERIFICATION");
		refusedStep(Persona.COUNTY, "approveCase", input(opened), "CONFLICT");
		assertError(run(Persona.AUDITOR, "recordCommitment", commitment(opened)), ErrorCode.FORBIDDEN, "step");
		assertError(run(Persona.CIVIL, "recordCommitment", commitment(opened)), ErrorCode.FORBIDDEN, "step");
		assertError(run(Persona.COUNTY, "recordCommitment", commitment(opened)), ErrorCode.FORBIDDEN, "step");
		assertError(run(Persona.WORKER2, "recordCommitment", commitment(opened)), ErrorCode.NOT_FOUND, "step");
		refusedStep(Persona.WORKER, "recordCommitment", input(opened, "signedOn", today().plusDays(1).toString()),
				"BAD_USER_INPUT");
		assertThat(snapshot()).isEqualTo(before);

		// identification: worker, village, village, township, county
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(opened));
		assertStatus(current, "PENDING_APPRAISAL");
		assertError(run(Persona.WORKER, "recordAppraisal", appraisal(current, true)), ErrorCode.FORBIDDEN, "step");
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		assertStatus(current, "IN_NOTICE");
		refusedStep(Persona.VILLAGE, "recordNotice", input(current, "startOn", today().minusDays(7).toString(), "endOn",
				today().toString(), "objections", 2), "BAD_USER_INPUT");
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		assertStatus(current, "PENDING_VERIFICATION");
		graphQlAs(Persona.TOWNSHIP).documentName("lifecycle")
			.operationName("casesAwaitingMyAction")
			.execute()
			.path("casesAwaitingMyAction.edges[*].node.id")
			.entityList(String.class)
			.contains((String) current.get("id"));
		assertError(run(Persona.VILLAGE, "recordVerification", verification(current, true)), ErrorCode.FORBIDDEN, "step");
		current = step(Persona.TOWNSHIP, "recordVerification", verification(current, true));
		assertStatus(current, "PENDING_APPROVAL");
		assertError(run(Persona.TOWNSHIP, "approveCase", input(current)), ErrorCode.FORBIDDEN, "step");
		current = step(Persona.COUNTY, "approveCase", input(current, "note", "经审核，认定为突发严重困难户"));
		assertStatus(current, "MONITORING");
		assertThat(current.get("identifiedAt")).isNotNull();
		assertThat(current.get("overdue")).isEqualTo(false);

		current = step(Persona.VILLAGE, "assignContactCadre", input(current, "username", "worker"));
		assertThat((Map<String, Object>) current.get("contactCadre")).containsEntry("name", "刘小红");
		// the resident sees who looks after them, and how to reach them
		graphQlAs(Persona.RESIDENT).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", RESIDENT_HOUSEHOLD)
			.execute()
			.path("household.activeCase.contactCadre")
			.entity(Map.class)
			.isEqualTo(Map.of("name", "刘小红", "phone", "13800001234"));
		// the auditor of the county reads the phone masked, as any phone in the household's grid
		graphQlAs(Persona.AUDITOR).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", RESIDENT_HOUSEHOLD)
			.execute()
			.path("household.activeCase.contactCadre")
			.entity(Map.class)
			.isEqualTo(Map.of("name", "刘小红", "phone", "138****1234"));

		// elimination, once the household's income and guarantees are recorded secure: village proposes,
		// appraises, posts; township accepts; county approves (natural: no measure was needed)
		secureSituation(current);
		current = step(Persona.VILLAGE, "proposeElimination", input(current, "note", "医疗报销到位，收入恢复"));
		current = step(Persona.VILLAGE, "recordEliminationAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordEliminationNotice", notice(current));
		assertStatus(current, "PENDING_ACCEPTANCE");
		current = step(Persona.TOWNSHIP, "acceptElimination", verification(current, true));
		assertStatus(current, "PENDING_ELIMINATION_APPROVAL");
		current = step(Persona.COUNTY, "approveElimination", input(current, "kind", "NATURAL"));
		assertStatus(current, "RISK_ELIMINATED");
		assertThat(current.get("closedAt")).isNotNull();

		// rollback is the county's
		before = snapshot();
		assertError(run(Persona.TOWNSHIP, "rollBackCase", input(current, "reason", "UNSTABLE")), ErrorCode.FORBIDDEN,
				"step");
		assertThat(snapshot()).isEqualTo(before);
		current = step(Persona.COUNTY, "rollBackCase",
				input(applied("applyForRollback", current, "UNSTABLE"), "reason", "UNSTABLE", "note", "复发"));
		assertStatus(current, "MONITORING");
		assertThat(current.get("closedAt")).isNull();

		// the timeline tells who did what, in order
		List<Map<String, Object>> timeline = (List<Map<String, Object>>) current.get("timeline");
		assertThat(timeline).extracting((event) -> event.get("action"))
			.containsExactly("OPEN", "RECORD_COMMITMENT", "PASS_APPRAISAL", "RECORD_NOTICE", "RECORD_VERIFICATION",
					"APPROVE", "ASSIGN_CONTACT_CADRE", "PROPOSE_ELIMINATION", "PASS_ELIMINATION_APPRAISAL",
					"RECORD_ELIMINATION_NOTICE", "PASS_ACCEPTANCE", "APPROVE_ELIMINATION", "APPLY_ROLLBACK", "ROLL_BACK");
		assertThat(timeline.get(1)).containsEntry("actorName", "刘小红")
			.containsEntry("actorRoles", List.of("GRID_WORKER"))
			.containsEntry("actorGrids", List.of("99990110020101"))
			.containsEntry("fromStatus", "PENDING_COMMITMENT")
			.containsEntry("toStatus", "PENDING_APPRAISAL");
		assertThat((String) timeline.get(2).get("evidence")).contains("\"participants\":23");
		assertThat(timeline.getLast()).containsEntry("note", "复发");
	}

	@Test
	void aCaseTheCountyRejectsIsClosedAndTheHouseholdMayBeReported() {
		String household = newHousehold();
		Map<String, Object> current = toApproval(openCase(household));
		Map<String, Object> before = snapshot();
		refusedStep(Persona.COUNTY, "rejectCase", input(current), "BAD_USER_INPUT");
		assertThat(snapshot()).isEqualTo(before);
		current = step(Persona.COUNTY, "rejectCase", input(current, "note", "家庭收入高于监测范围"));
		assertStatus(current, "REJECTED");
		assertThat(current.get("closedAt")).isNotNull();
		refusedStep(Persona.COUNTY, "clearCase", input(current, "reason", "DUPLICATE"), "CONFLICT");

		// no active case remains: a new lead opens a new case
		Map<String, Object> again = openCase(household);
		assertThat(again.get("id")).isNotEqualTo(current.get("id"));
	}

	@Test
	void aFailedVillageAppraisalRejectsTheCase() {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(newHousehold())));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, false));
		assertStatus(current, "REJECTED");
	}

	@Test
	void theCountyClearsAWronglyIncludedCase() {
		Map<String, Object> current = toApproval(openCase(newHousehold()));
		current = step(Persona.COUNTY, "approveCase", input(current));
		Map<String, Object> before = snapshot();
		assertError(run(Persona.VILLAGE, "clearCase", input(current, "reason", "FAVOURITISM")), ErrorCode.FORBIDDEN,
				"step");
		assertThat(snapshot()).isEqualTo(before);
		current = step(Persona.COUNTY, "clearCase",
				input(applied("applyForClearance", current, "FAVOURITISM"), "reason", "FAVOURITISM", "note", "村干部亲属"));
		assertStatus(current, "CLEARED");
		refusedStep(Persona.COUNTY, "rollBackCase", input(current, "reason", "UNSTABLE"), "CONFLICT");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aDismissedLeadKeepsItsReasonAndCannotBeDecidedTwice() {
		String household = newHousehold();
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead",
				Map.of("householdId", household, "source", "HOTLINE_PETITION", "riskTypes", List.of("OTHER"),
						"description", "来电反映生活困难")), "reportLead");
		Map<String, Object> dismissed = lead(run(Persona.VILLAGE, "dismissLead",
				Map.of("leadId", reported.get("id"), "version", reported.get("version"), "reason", "收入稳定，不符合监测条件",
						"helpNote", "已协助申请临时救助")), "dismissLead");
		assertThat(dismissed).containsEntry("status", "DISMISSED")
			.containsEntry("dismissalReason", "收入稳定，不符合监测条件")
			.containsEntry("helpNote", "已协助申请临时救助");
		Map<String, Object> before = snapshot();
		run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", reported.get("id"), "version", dismissed.get("version"), "caseType", "MARGINAL"))
			.path("acceptLead.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		assertThat(snapshot()).isEqualTo(before);
		graphQlAs(Persona.WORKER).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", household)
			.execute()
			.path("household.cases")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSecondLeadJoinsTheActiveCaseAndAReidentificationOpensANewCase() {
		String household = newHousehold();
		Map<String, Object> first = openCase(household);
		Map<String, Object> second = lead(run(Persona.WORKER, "reportLead",
				Map.of("householdId", household, "source", "MEDIA", "riskTypes", List.of("HOUSING_UNSAFE"), "description",
						"媒体报道房屋漏雨")), "reportLead");
		Map<String, Object> joined = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", second.get("id"), "version", second.get("version"), "caseType", "MARGINAL")), "acceptLead")
			.get("case");
		assertThat(joined.get("id")).isEqualTo(first.get("id"));
		assertThat((List<String>) joined.get("riskTypes")).containsExactly("INDUSTRY_FAILURE", "HOUSING_UNSAFE");
		assertThat((List<Object>) joined.get("leads")).hasSize(2);

		// eliminate it, then a new risk: a new case, and the old one can no longer be rolled back
		Map<String, Object> current = toEliminationApproval(step(Persona.COUNTY, "approveCase", input(toApproval(joined))));
		Map<String, Object> eliminated = step(Persona.COUNTY, "approveElimination", input(current, "kind", "NATURAL"));
		Map<String, Object> renewed = openCase(household);
		assertThat(renewed.get("id")).isNotEqualTo(eliminated.get("id"));
		GraphQlTester.Response cases = graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", household)
			.execute();
		cases.path("household.cases[*].status").entityList(String.class).containsExactly("RISK_ELIMINATED",
				"PENDING_COMMITMENT");
		cases.path("household.activeCase.id").entity(String.class).isEqualTo((String) renewed.get("id"));
		Map<String, Object> before = snapshot();
		refusedStep(Persona.COUNTY, "rollBackCase", input(eliminated, "reason", "UNSTABLE"), "CONFLICT");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFailedTownshipAcceptanceReturnsTheCaseToMonitoring() {
		Map<String, Object> current = readyForElimination(
				step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold())))));
		current = step(Persona.VILLAGE, "proposeElimination", input(current));
		current = step(Persona.VILLAGE, "recordEliminationAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordEliminationNotice", notice(current));
		current = step(Persona.TOWNSHIP, "acceptElimination", verification(current, false));
		assertStatus(current, "MONITORING");
	}

	@Test
	void leadsAreReportedOnlyByCadresOfTheHouseholdsGrid() {
		String household = newHousehold();
		Map<String, Object> report = Map.of("householdId", household, "source", "CADRE_INSPECTION", "riskTypes",
				List.of("ILLNESS"), "description", "排查发现");
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.TOWNSHIP, Persona.AUDITOR, Persona.CIVIL, Persona.RESIDENT)) {
			assertError(run(persona, "reportLead", report), ErrorCode.FORBIDDEN, "reportLead");
		}
		assertError(run(Persona.WORKER2, "reportLead", report), ErrorCode.NOT_FOUND, "reportLead");
		run(Persona.WORKER, "reportLead", Map.of("householdId", household, "source", "RULE", "riskTypes", List.of("ILLNESS"),
				"description", "x"))
			.path("reportLead.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("source");
		run(Persona.WORKER, "reportLead", Map.of("householdId", household, "source", "MEDIA", "riskTypes", List.of(),
				"description", "x"))
			.path("reportLead.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("riskTypes");
		assertError(run(Persona.WORKER, "declareDifficulty", Map.of("riskTypes", List.of("ILLNESS"), "description", "x")),
				ErrorCode.FORBIDDEN, "declareDifficulty");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aNewcomerHouseholdIsRegisteredWithItsLead() {
		Map<String, Object> newcomer = TestData.registration(GROUP_A1_1,
				TestData.newIdNumber());
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead", Map.of("newHousehold", newcomer, "source",
				"CADRE_INSPECTION", "riskTypes", List.of("ACCIDENT"), "description", "新迁入户，户主车祸致残")), "reportLead");
		assertThat((Map<String, Object>) reported.get("household")).containsKey("id");

		Map<String, Object> before = snapshot();
		Map<String, Object> invalid = TestData.registration(GROUP_A1_1,
				"123");
		run(Persona.WORKER, "reportLead", Map.of("newHousehold", invalid, "source", "CADRE_INSPECTION", "riskTypes",
				List.of("ACCIDENT"), "description", "x"))
			.path("reportLead.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("newHousehold", "head", "idNumber");
		assertThat(snapshot()).isEqualTo(before);
	}

}
