package org.fangpin.monitoring;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.GlobalId;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * The rules of the procedure as the seeds state them, each tried refused (with nothing written) and
 * allowed; and what a client reads of a case to know what comes next.
 */
class ProcedureRulesTest extends LifecycleTest {

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	@SuppressWarnings("unchecked")
	void eliminationNeedsAnIncomeAboveTheLineAndARecentVisitWithEveryGuaranteeSecured() {
		Map<String, Object> current = monitored(newHousehold());
		current = step(Persona.VILLAGE, "assignContactCadre", input(current, "username", "worker"));
		assertThat(checks(current)).containsExactly("RECENT_SECURED_VISIT", "INCOME_ABOVE_LINE");
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.VILLAGE, "proposeElimination", input(current), "BAD_USER_INPUT"))
			.contains("收入记录")
			.contains("走访")
			.contains("RECENT_SECURED_VISIT")
			.contains("解除：录入该户本年或上年收入（recordIncome）");
		assertThat(snapshot()).isEqualTo(before);

		// a visit that found one guarantee only at risk, and an old one that found all secured, are not enough
		String household = (String) ((Map<String, Object>) current.get("household")).get("id");
		recordVisit(household, this.clock.instant().minus(Duration.ofDays(40)), "SECURED");
		recordVisit(household, this.clock.instant(), "AT_RISK");
		assertThat(checks(caseNow(current))).contains("RECENT_SECURED_VISIT");

		secureSituation(current);
		current = caseNow(current);
		assertThat((List<Object>) current.get("eliminationBlockers")).isEmpty();
		current = toEliminationApproval(current);
		current = step(Persona.COUNTY, "approveElimination", input(current, "kind", "NATURAL"));
		assertStatus(current, "RISK_ELIMINATED");
		assertThat(current.get("eliminationBlockers")).isNull();
	}

	@Test
	void aContactCadreIsNeededBeforeTheVillageProposesElimination() {
		Map<String, Object> current = monitored(newHousehold());
		secureSituation(current);
		current = caseNow(current);
		assertThat(checks(current)).containsExactly("CONTACT_CADRE");
		assertThat(refusedStep(Persona.VILLAGE, "proposeElimination", input(current), "BAD_USER_INPUT"))
			.contains("未明确监测联系人")
			.contains("assignContactCadre");
		current = step(Persona.VILLAGE, "assignContactCadre", input(current, "username", "worker"));
		assertStatus(step(Persona.VILLAGE, "proposeElimination", input(current)), "ELIMINATION_PROPOSED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyStepOfAnEliminationRefusesWhileAConditionStands() {
		Map<String, Object> current = readyForElimination(monitored(newHousehold()));
		String household = (String) ((Map<String, Object>) current.get("household")).get("id");
		current = step(Persona.VILLAGE, "proposeElimination", input(current));

		// the village's appraisal: a guarantee found not secured since the proposal, which the screening rules
		// also raise as a lead of the household (a risk the village has to weigh)
		recordVisit(household, this.clock.instant(), "NOT_SECURED");
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.VILLAGE, "recordEliminationAppraisal", appraisal(current, true), "BAD_USER_INPUT"))
			.contains("GUARANTEES_SECURED")
			.contains("NO_OPEN_LEAD");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(checks(caseNow(current))).containsExactlyInAnyOrder("NO_OPEN_LEAD", "GUARANTEES_SECURED");
		recordVisit(household, this.clock.instant(), "SECURED");
		dismissOpenLeads(household);
		current = step(Persona.VILLAGE, "recordEliminationAppraisal", appraisal(caseNow(current), true));

		// the village's notice: a risk of the household reported and not yet weighed
		report(household);
		assertThat(checks(caseNow(current))).containsExactly("NO_OPEN_LEAD");
		assertThat(refusedStep(Persona.VILLAGE, "recordEliminationNotice", notice(current), "BAD_USER_INPUT"))
			.contains("该户有1条风险线索待研判")
			.contains("dismissLead");
		dismissOpenLeads(household);
		current = step(Persona.VILLAGE, "recordEliminationNotice", notice(current));

		// the township's acceptance: a measure planned since and not carried out
		String measure = planMeasure(current, "EMPLOYMENT", today().plusMonths(1));
		assertThat(refusedStep(Persona.TOWNSHIP, "acceptElimination", verification(current, true), "BAD_USER_INPUT"))
			.contains("MEASURES_COMPLETED");
		graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("cancelMeasure")
			.variable("input", Map.of("id", measure, "version", 0, "reason", "户主已自行就业"))
			.execute()
			.path("cancelMeasure.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		current = step(Persona.TOWNSHIP, "acceptElimination", verification(current, true));

		// the county's: a stable elimination needs assistance that took effect; a natural one does not
		assertThat(checks(current)).isEmpty();
		assertThat(blockersFor(current, "STABLE")).containsExactly("MEASURE_TAKEN");
		assertThat(blockersFor(current, "NATURAL")).isEmpty();
		assertThat(refusedStep(Persona.COUNTY, "approveElimination", input(current, "kind", "STABLE"), "BAD_USER_INPUT"))
			.contains("帮扶后稳定消除")
			.contains("MEASURE_TAKEN");
		assertStatus(step(Persona.COUNTY, "approveElimination", input(current, "kind", "NATURAL")), "RISK_ELIMINATED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theCountyAloneMayOverrideAConditionWithAReason() {
		Map<String, Object> current = toEliminationApproval(monitored(newHousehold()));
		String household = (String) ((Map<String, Object>) current.get("household")).get("id");
		report(household);
		assertThat(refusedStep(Persona.COUNTY, "approveElimination", input(current, "kind", "NATURAL"), "BAD_USER_INPUT"))
			.contains("NO_OPEN_LEAD")
			.contains("强制审定理由");
		current = step(Persona.COUNTY, "approveElimination",
				input(current, "kind", "NATURAL", "overrideReason", "新线索经电话核实为重复反映，待村级研判"));
		assertStatus(current, "RISK_ELIMINATED");
		List<Map<String, Object>> timeline = (List<Map<String, Object>>) current.get("timeline");
		assertThat((String) timeline.getLast().get("evidence")).contains("新线索经电话核实为重复反映").contains("待研判");
	}

	@Test
	@SuppressWarnings("unchecked")
	void afterARollbackANewProposalNeedsEvidenceNewerThanTheRollback() {
		Map<String, Object> current = step(Persona.COUNTY, "rollBackCase", input(
				applied("applyForRollback", eliminated(newHousehold()), "UNSTABLE"), "reason", "UNSTABLE", "note", "回头看发现收入不稳定"));
		assertThat(checks(current)).containsExactly("EVIDENCE_AFTER_ROLLBACK");
		assertThat(refusedStep(Persona.VILLAGE, "proposeElimination", input(current), "BAD_USER_INPUT"))
			.contains("回退后没有新的入户走访或收入记录");
		this.clock.advance(Duration.ofHours(1));
		String household = (String) ((Map<String, Object>) current.get("household")).get("id");
		recordVisit(household, this.clock.instant(), "SECURED");
		current = caseNow(current);
		assertThat(checks(current)).isEmpty();
		assertStatus(step(Persona.VILLAGE, "proposeElimination", input(current)), "ELIMINATION_PROPOSED");
	}

	@Test
	void anEliminatedCaseCanBeClearedByTheCountyOnly() {
		Map<String, Object> current = eliminated(newHousehold());
		Map<String, Object> before = snapshot();
		assertError(run(Persona.VILLAGE, "clearCase", input(current, "reason", "WRONGLY_INCLUDED")), ErrorCode.FORBIDDEN,
				"step");
		assertThat(snapshot()).isEqualTo(before);
		current = step(Persona.COUNTY, "clearCase", input(applied("applyForClearance", current, "WRONGLY_INCLUDED"),
				"reason", "WRONGLY_INCLUDED", "note", "复核发现识别不准"));
		assertStatus(current, "CLEARED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aFailedTownshipCheckRejectsTheCaseWithItsFindingsInsteadOfGoingToTheCounty() {
		String household = newHousehold();
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(household)));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		assertThat(names((List<Map<String, Object>>) current.get("nextSteps")))
			.containsExactly("recordVerification");
		assertThat((List<String>) ((List<Map<String, Object>>) current.get("nextSteps")).getFirst().get("outcomes"))
			.containsExactly("PENDING_APPROVAL", "REJECTED");
		Map<String, Object> failed = input(current, "checkedBy", "石桥镇核查组", "findings", "家庭有经营性车辆两台，收入高于监测范围",
				"passed", false);
		current = step(Persona.TOWNSHIP, "recordVerification", failed);
		assertStatus(current, "REJECTED");
		List<Map<String, Object>> timeline = (List<Map<String, Object>>) current.get("timeline");
		assertThat(timeline.getLast()).containsEntry("action", "FAIL_VERIFICATION")
			.containsEntry("note", "家庭有经营性车辆两台，收入高于监测范围");
		assertThat(openCase(household).get("id")).isNotEqualTo(current.get("id"));
	}

	@Test
	void anAppraisalThatDoesNotPassSaysWhy() {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(newHousehold())));
		Map<String, Object> before = snapshot();
		refusedStep(Persona.VILLAGE, "recordAppraisal",
				input(current, "heldOn", today().minusDays(8).toString(), "participants", 23, "passed", false),
				"BAD_USER_INPUT");
		assertThat(snapshot()).isEqualTo(before);
		assertStatus(step(Persona.VILLAGE, "recordAppraisal", appraisal(current, false)), "REJECTED");
	}

	@Test
	void theProceduresDatesAreInOrder() {
		Map<String, Object> current = openCase(newHousehold());
		current = step(Persona.WORKER, "recordCommitment", input(current, "signedOn", today().minusDays(5).toString()));
		Map<String, Object> before = snapshot();
		refusedStep(Persona.VILLAGE, "recordAppraisal",
				input(current, "heldOn", today().minusDays(6).toString(), "participants", 20, "passed", true),
				"BAD_USER_INPUT");
		assertThat(snapshot()).isEqualTo(before);
		current = step(Persona.VILLAGE, "recordAppraisal",
				input(current, "heldOn", today().minusDays(5).toString(), "participants", 20, "passed", true));

		before = snapshot();
		// a notice that starts (and ends) before its appraisal, or ends the day it starts
		assertThat(refusedStep(Persona.VILLAGE, "recordNotice", input(current, "startOn", today().minusDays(7).toString(),
				"endOn", today().minusDays(6).toString(), "objections", 0), "BAD_USER_INPUT"))
			.contains("评议日期");
		refusedStep(Persona.VILLAGE, "recordNotice", input(current, "startOn", today().minusDays(1).toString(), "endOn",
				today().minusDays(1).toString(), "objections", 0), "BAD_USER_INPUT");
		assertThat(snapshot()).isEqualTo(before);
		current = step(Persona.VILLAGE, "recordNotice", input(current, "startOn", today().minusDays(5).toString(), "endOn",
				today().toString(), "objections", 0));
		assertStatus(current, "PENDING_VERIFICATION");
	}

	@Test
	@SuppressWarnings("unchecked")
	void anUnstableAlleviatedCaseIsOnlyForAnAlleviatedHousehold() {
		String ordinary = newHousehold();
		Map<String, Object> reported = report(ordinary);
		Map<String, Object> before = snapshot();
		run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", reported.get("id"), "version", reported.get("version"), "caseType", "UNSTABLE_ALLEVIATED"))
			.path("acceptLead.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("caseType");
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> registration = TestData.registration(GROUP_A1_1, TestData.newIdNumber());
		registration.put("category", "ALLEVIATED");
		registration.put("alleviationYear", 2019);
		Map<String, Object> alleviated = report(register(registration));
		Map<String, Object> opened = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", alleviated.get("id"), "version", alleviated.get("version"), "caseType",
						"UNSTABLE_ALLEVIATED")),
				"acceptLead")
			.get("case");
		assertThat(opened).containsEntry("type", "UNSTABLE_ALLEVIATED");
	}

	@Test
	void aNoLabourRollbackIsOnlyForAHouseholdWhereNobodyCanWork() {
		Map<String, Object> current = applied("applyForRollback", eliminated(newHousehold()), "NO_LABOUR");
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.COUNTY, "rollBackCase", input(current, "reason", "NO_LABOUR"), "BAD_USER_INPUT"))
			.contains("赵测试");
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> registration = TestData.registration(GROUP_A1_1, TestData.newIdNumber());
		@SuppressWarnings("unchecked")
		Map<String, Object> head = (Map<String, Object>) registration.get("head");
		head.put("labourCapacity", "LOST");
		current = step(Persona.COUNTY, "rollBackCase",
				input(applied("applyForRollback", eliminated(register(registration)), "NO_LABOUR"), "reason", "NO_LABOUR"));
		assertStatus(current, "MONITORING");
	}

	@Test
	void aLateIdentificationKeepsItsDaysLate() {
		// daysToDeadline counts dates in China: opened late in the evening, the hour added below would cross one
		this.clock.advanceTo(LocalTime.NOON, InputCheck.ZONE);
		Map<String, Object> opened = openCase(newHousehold(), Duration.ZERO);
		assertThat(opened.get("daysToDeadline")).isEqualTo(15);
		assertThat(opened.get("daysLate")).isEqualTo(0);
		this.clock.advance(Duration.ofDays(17).plusHours(1));
		Map<String, Object> current = caseNow(opened);
		assertThat(current).containsEntry("overdue", true).containsEntry("daysToDeadline", -2).containsEntry("daysLate", 3);
		current = step(Persona.COUNTY, "approveCase", input(toApproval(current)));
		assertThat(current).containsEntry("overdue", false)
			.containsEntry("identifiedLate", true)
			.containsEntry("daysLate", 3)
			.containsEntry("daysToDeadline", null);
		this.clock.advance(Duration.ofDays(30));
		assertThat(caseNow(current)).containsEntry("daysLate", 3);
		assertThat(filtered(Map.of("identifiedLate", true))).contains((String) current.get("id"));
		assertThat(filtered(Map.of("identifiedLate", false))).doesNotContain((String) current.get("id"));
		String onTime = (String) monitored(newHousehold()).get("id");
		assertThat(filtered(Map.of("identifiedLate", false))).contains(onTime);
		assertThat(filtered(Map.of("identifiedLate", true))).doesNotContain(onTime);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aCaseOffersEachCallerTheStepsTheyMayTakeNow() {
		Map<String, Object> current = openCase(newHousehold());
		current = step(Persona.WORKER, "recordCommitment", commitment(current));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		String id = (String) current.get("id");
		assertThat(actionsOf(Persona.TOWNSHIP, id)).containsExactlyInAnyOrder("recordVerification", "recordVisit");
		assertThat(actionsOf(Persona.VILLAGE, id)).containsExactlyInAnyOrder("assignContactCadre", "attachEvidence", "planMeasure",
				"recordVisit", "recordIncome");
		assertThat(actionsOf(Persona.COUNTY, id)).isEmpty();
		assertThat(actionsOf(Persona.WORKER, id)).containsExactlyInAnyOrder("attachEvidence", "recordVisit", "recordIncome");
		Map<String, Object> next = ((List<Map<String, Object>>) current.get("nextSteps")).getFirst();
		assertThat(next).containsEntry("label", "入户核查").containsEntry("takenBy", List.of("TOWNSHIP_OFFICER"));

		// a step in the wrong status says what the case needs, in words a cadre reads
		assertThat(refusedStep(Persona.COUNTY, "approveCase", input(current), "CONFLICT")).contains("待乡镇核查")
			.contains("现需「入户核查」")
			.contains("乡镇干部");
	}

	@Test
	void onlyAnIdentifiedCaseIsCleared() {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(newHousehold())));
		String id = (String) current.get("id");
		assertThat(actionsOf(Persona.COUNTY, id)).doesNotContain("clearCase");
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.COUNTY, "clearCase", input(current, "reason", "WRONGLY_INCLUDED"), "CONFLICT"))
			.contains("「清退」需在「监测帮扶中」(MONITORING)");
		assertThat(snapshot()).isEqualTo(before);

		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		current = step(Persona.TOWNSHIP, "recordVerification", verification(current, true));
		refusedStep(Persona.COUNTY, "clearCase", input(current, "reason", "WRONGLY_INCLUDED"), "CONFLICT");
		current = step(Persona.COUNTY, "approveCase", input(current));
		// offered once the township applied for it in writing (seed 004), and not before
		assertThat(actionsOf(Persona.COUNTY, id)).doesNotContain("clearCase");
		current = applied("applyForClearance", current, "WRONGLY_INCLUDED");
		assertThat(actionsOf(Persona.COUNTY, id)).contains("clearCase");
		assertStatus(step(Persona.COUNTY, "clearCase", input(current, "reason", "WRONGLY_INCLUDED", "note", "复核发现识别不准")),
				"CLEARED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theVillagesWorkListHoldsMonitoredCasesOnlyUntilTheyHaveAContactCadre() {
		int before = awaiting(Persona.VILLAGE);
		Map<String, Object> current = monitored(newHousehold());
		assertThat(names((List<Map<String, Object>>) current.get("nextSteps"))).containsExactly("proposeElimination");
		assertThat(refusedStep(Persona.VILLAGE, "recordNotice", notice(current), "CONFLICT"))
			.contains("现需「提出风险消除」");
		assertThat(awaiting(Persona.VILLAGE)).isEqualTo(before + 1);
		step(Persona.VILLAGE, "assignContactCadre", input(current, "username", "worker"));
		assertThat(awaiting(Persona.VILLAGE)).isEqualTo(before);
		assertThat(awaiting(Persona.WORKER)).isZero();
	}

	@Test
	void onlyThoseWhoDecideLeadsHaveLeadsAwaitingDecision() {
		int before = leadsAwaiting(Persona.VILLAGE);
		report(newHousehold());
		assertThat(leadsAwaiting(Persona.VILLAGE)).isEqualTo(before + 1);
		for (Persona persona : List.of(Persona.WORKER, Persona.TOWNSHIP, Persona.AUDITOR, Persona.RESIDENT)) {
			assertThat(leadsAwaiting(persona)).isZero();
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void theTimelineNamesItsActionsByEnumAndItsLeadsByGlobalId() {
		Map<String, Object> opened = openCase(newHousehold());
		Map<String, Object> first = ((List<Map<String, Object>>) opened.get("timeline")).getFirst();
		assertThat(first).containsEntry("action", "OPEN");
		String leadId = (String) ((List<Map<String, Object>>) opened.get("leads")).getFirst().get("id");
		assertThat((String) first.get("evidence")).contains("\"leadId\":\"" + leadId + "\"");
		assertThat(GlobalId.decode(leadId)).isPresent();

		GraphQLEnumType actions = (GraphQLEnumType) this.graphQlSource.schema().getType("CaseAction");
		Set<String> declared = actions.getValues()
			.stream()
			.map(GraphQLEnumValueDefinition::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> written = Arrays.stream(Transition.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
		written.addAll(List.of("OPEN", "LEAD_ATTACHED"));
		assertThat(declared).isEqualTo(written);
	}

	@Test
	void theRiskTypesOfSeed001AreReported() {
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead",
				Map.of("householdId", newHousehold(), "source", "CADRE_INSPECTION", "riskTypes",
						List.of("MICRO_CREDIT_OVERDUE", "ASSET_MISMANAGEMENT", "POLICY_TRANSITION"), "description",
						"小额信贷逾期三个月")),
				"reportLead");
		assertThat(reported.get("riskTypes")).isEqualTo(List.of("MICRO_CREDIT_OVERDUE", "ASSET_MISMANAGEMENT",
				"POLICY_TRANSITION"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void aResidentSeesTheStepsDatesMeasuresAndContactCadreOfTheirCaseButNoCadresNamesOrNotes() {
		String household = globalId("Household", 1001);
		Map<String, Object> declared = lead(run(Persona.RESIDENT, "declareDifficulty",
				Map.of("riskTypes", List.of("DISASTER"), "description", "暴雨冲毁院墙")), "declareDifficulty");
		Map<String, Object> current = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", declared.get("id"), "version", declared.get("version"), "caseType", "SUDDEN_HARDSHIP",
						"note", "内部研判：需核实房屋权属")),
				"acceptLead")
			.get("case");
		if ("PENDING_COMMITMENT".equals(current.get("status"))) {
			// the lead came in today: the commitment is signed today at the earliest
			Map<String, Object> commitment = input(current, "signedOn", today().toString());
			commitment.put("note", "内部备注：家属态度");
			current = step(Persona.WORKER, "recordCommitment", commitment);
		}
		step(Persona.VILLAGE, "assignContactCadre", input(current, "username", "worker"));
		List<String> cadres = ((List<Map<String, Object>>) caseNow(current).get("timeline")).stream()
			.map((event) -> (String) event.get("actorName"))
			.toList();

		Map<String, Object> seen = graphQlAs(Persona.RESIDENT).documentName("lifecycle")
			.operationName("residentView")
			.variable("id", household)
			.execute()
			.path("household.activeCase")
			.entity(Map.class)
			.get();
		assertThat(seen).containsEntry("id", current.get("id"))
			.containsEntry("contactCadre", Map.of("name", "刘小红", "phone", "13800001234"))
			.containsEntry("availableActions", List.of())
			.containsKeys("status", "deadline", "nextSteps", "measures");
		List<Map<String, Object>> timeline = (List<Map<String, Object>>) seen.get("timeline");
		assertThat(timeline).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.get("note")).isNull();
			assertThat(event.get("evidence")).isEqualTo("{}");
			assertThat(event.get("actorGrids")).isEqualTo(List.of());
			assertThat(cadres).doesNotContain((String) event.get("actorName"));
			assertThat(event.get("occurredAt")).isNotNull();
		});
		List<Map<String, Object>> leads = graphQlAs(Persona.RESIDENT).documentName("lifecycle")
			.operationName("residentView")
			.variable("id", household)
			.execute()
			.path("household.leads")
			.entityList((Class<Map<String, Object>>) (Class<?>) Map.class)
			.get();
		assertThat(leads).allSatisfy((lead) -> assertThat(cadres).doesNotContain((String) lead.get("decidedBy")));

		// nor anywhere else on their household: visits, incomes, lines, cases
		recordNotedVisit(household, "内部：疑似隐瞒务工收入", "内部：户主态度消极");
		secureSituation(current);
		String everything = graphQlAs(Persona.RESIDENT).documentName("lifecycle")
			.operationName("residentHousehold")
			.variable("id", household)
			.execute()
			.path("household")
			.entity(Map.class)
			.get()
			.toString();
		assertThat(everything).doesNotContain("内部").doesNotContain("刘小红").contains("网格员");
		for (String cadre : cadres) {
			assertThat(everything).doesNotContain(cadre);
		}

		// the demo household is shared by the tests: leave it without an active case, as the procedure closes one
		// not yet identified (an appraisal that does not pass), or the county clears an identified one (another
		// test may have left it monitored)
		Map<String, Object> now = caseNow(current);
		if ("PENDING_APPRAISAL".equals(now.get("status"))) {
			assertStatus(step(Persona.VILLAGE, "recordAppraisal", input(now, "heldOn", today().toString(), "participants",
					15, "passed", false, "note", "评议认为灾损已由保险赔付")), "REJECTED");
		}
		else {
			assertStatus(step(Persona.COUNTY, "clearCase", input(applied("applyForClearance", now, "DUPLICATE"), "reason",
					"DUPLICATE")), "CLEARED");
		}
	}

	// helpers

	private Map<String, Object> report(String household) {
		return lead(run(Persona.WORKER, "reportLead", Map.of("householdId", household, "source", "CADRE_INSPECTION",
				"riskTypes", List.of("ILLNESS"), "description", "排查发现户主患病")), "reportLead");
	}

	private Map<String, Object> monitored(String household) {
		return step(Persona.COUNTY, "approveCase", input(toApproval(openCase(household))));
	}

	/** Eliminated without assistance: the case had no measure (a stable elimination needs one). */
	private Map<String, Object> eliminated(String household) {
		return step(Persona.COUNTY, "approveElimination",
				input(toEliminationApproval(monitored(household)), "kind", "NATURAL"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> checks(Map<String, Object> current) {
		return ((List<Map<String, Object>>) current.get("eliminationBlockers")).stream()
			.map((blocker) -> (String) blocker.get("check"))
			.toList();
	}

	/** The village weighs the household's open leads: each dismissed, with a reason. */
	@SuppressWarnings("unchecked")
	private void dismissOpenLeads(String household) {
		List<Map<String, Object>> leads = graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("householdCases")
			.variable("id", household)
			.execute()
			.path("household.leads")
			.entity(List.class)
			.get();
		leads.stream()
			.filter((lead) -> "OPEN".equals(lead.get("status")))
			.forEach((lead) -> lead(run(Persona.VILLAGE, "dismissLead", Map.of("leadId", lead.get("id"), "version",
					lead.get("version"), "reason", "核实为同一风险，已在本监测对象中处理")), "dismissLead"));
	}

	/** The codes of what the county's approval of this kind would check now. */
	private List<String> blockersFor(Map<String, Object> current, String kind) {
		return graphQlAs(Persona.COUNTY).documentName("lifecycle")
			.operationName("blockers")
			.variable("id", current.get("id"))
			.variable("kind", kind)
			.execute()
			.path("case.eliminationBlockers[*].check")
			.entityList(String.class)
			.get();
	}

	private static List<String> names(List<Map<String, Object>> steps) {
		return steps.stream().map((step) -> (String) step.get("mutation")).toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> actionsOf(Persona persona, String caseId) {
		List<Map<String, Object>> actions = graphQlAs(persona).documentName("lifecycle")
			.operationName("case")
			.variable("id", caseId)
			.execute()
			.path("case.availableActions")
			.entity(List.class)
			.get();
		return names(actions);
	}

	private List<String> filtered(Map<String, Object> filter) {
		return graphQlAs(Persona.COUNTY).documentName("lifecycle")
			.operationName("cases")
			.variable("filter", filter)
			.execute()
			.path("cases.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private int awaiting(Persona persona) {
		return totalCount(persona, "casesAwaitingMyAction");
	}

	private int leadsAwaiting(Persona persona) {
		return totalCount(persona, "leadsAwaitingDecision");
	}

	/** The length of a work list (a query of {@code lifecycle.graphql} named after its field). */
	private int totalCount(Persona persona, String list) {
		return graphQlAs(persona).documentName("lifecycle")
			.operationName(list)
			.execute()
			.path(list + ".totalCount")
			.entity(Integer.class)
			.get();
	}

}
