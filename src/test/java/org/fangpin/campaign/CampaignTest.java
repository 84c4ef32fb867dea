package org.fangpin.campaign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.gridcode.GridCode;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.quality.FindingSweep;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.MigrationBackfill;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_A2_1;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.TOWNSHIP_B;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;
import static org.fangpin.support.DemoGrids.VILLAGE_A2;

/**
 * A small campaign on the demo county, end to end (seed 004): the county opens it; grid workers, the village
 * and the township inspect; the village meeting's 拟纳入 raises a lead that becomes a case; a look back
 * finds an elimination unstable and the county rolls the case back; problems are raised, rectified and
 * verified by the level above; and the progress table (附件1) per village and township equals what this
 * test counts itself.
 */
class CampaignTest extends LifecycleTest {

	@Autowired
	private FindingSweep sweep;

	/** What this test did, per village (and township): the households inspected and the rest of the table. */
	private final Map<String, Expected> expected = new TreeMap<>();

	/** Another township officer of township A, who did not rectify what the demo one did. */
	private static final String SECOND_TOWNSHIP_OFFICER = "second-township-officer";

	@AfterEach
	void removeSecondOfficer() {
		new KeycloakConsole(this.issuerUri).deleteUser(SECOND_TOWNSHIP_OFFICER);
	}

	@BeforeEach
	void aPeriodOfItsOwn() {
		// case events of other tests fall on other days: the campaign's weeks hold this test's only
		this.clock.advance(Duration.ofDays(1000));
	}

	@Test
	void aCampaignRunsFromInspectionToTheWeeklyProgressTable() {
		// what the data-quality sweep saw before the campaign: what other tests left resolves before it begins
		this.sweep.sweep(new GridCode(COUNTY));
		this.clock.advance(Duration.ofDays(5));

		// the county opens the campaign over township A and one group of township B
		assertError(act(Persona.TOWNSHIP, "openCampaign", campaignInput()), ErrorCode.FORBIDDEN, "openCampaign");
		GraphQlTester.Response opened = act(Persona.COUNTY, "openCampaign", campaignInput());
		opened.path("openCampaign.userErrors").entityList(Object.class).hasSize(0);
		String campaign = opened.path("openCampaign.campaign.id").entity(String.class).get();
		opened.path("openCampaign.campaign.countyCode").entity(String.class).isEqualTo(COUNTY);
		// the village and the worker of township B see it; a resident does not
		assertThat(campaignIds(Persona.VILLAGE)).contains(campaign);
		assertThat(campaignIds(Persona.WORKER2)).contains(campaign);
		assertThat(campaignIds(Persona.RESIDENT)).doesNotContain(campaign);

		// inspections by the right people: the worker in their group, the village in theirs, the township
		String h1 = newHousehold();
		String h2 = newHousehold();
		String h3 = newHousehold();
		String d1 = householdIn(GROUP_A1_2);
		String d2 = householdIn(GROUP_A2_1);
		// a household of township B with nothing of the ten categories: its grid worker's to inspect
		String d3 = act(Persona.WORKER2, "registerHousehold",
				TestData.registration(GROUP_B1_1, TestData.newIdNumber())).path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> i1 = inspect(Persona.WORKER, campaign, h1, VILLAGE_A1, true);
		Map<String, Object> i2 = inspect(Persona.WORKER, campaign, h2, VILLAGE_A1, false);
		inspect(Persona.VILLAGE, campaign, d1, VILLAGE_A1, false);
		inspect(Persona.TOWNSHIP, campaign, d2, VILLAGE_A2, false);
		inspect(Persona.WORKER2, campaign, d3, "999901200201", false);
		// …and not by the wrong ones
		assertError(act(Persona.WORKER, "recordInspection", inspectionInput(campaign, d1, false)), ErrorCode.NOT_FOUND,
				"recordInspection");
		assertError(act(Persona.WORKER2, "recordInspection", inspectionInput(campaign, h1, false)),
				ErrorCode.NOT_FOUND, "recordInspection");
		assertError(act(Persona.WORKER, "concludeInspection", conclusion(i1, "INCLUDE")), ErrorCode.FORBIDDEN,
				"concludeInspection");

		// the organisation columns: the township deploys and trains, the village trains and deploys too
		String audited = "SELECT COUNT(*) FROM audit_record WHERE operation = 'recordCampaignMeeting'";
		long auditedBefore = count(audited);
		meeting(Persona.TOWNSHIP, campaign, TOWNSHIP_A, "DEPLOYMENT", 35);
		meeting(Persona.TOWNSHIP, campaign, TOWNSHIP_A, "TRAINING", 60);
		meeting(Persona.VILLAGE, campaign, VILLAGE_A1, "TRAINING", 12);
		meeting(Persona.VILLAGE, campaign, VILLAGE_A1, "DEPLOYMENT", 9);
		// …not by a grid worker, not for another village, and only by a township or village
		assertError(act(Persona.WORKER, "recordCampaignMeeting", meetingInput(campaign, VILLAGE_A1, "TRAINING", 5)),
				ErrorCode.FORBIDDEN, "recordCampaignMeeting");
		assertError(act(Persona.VILLAGE, "recordCampaignMeeting", meetingInput(campaign, VILLAGE_A2, "TRAINING", 5)),
				ErrorCode.NOT_FOUND, "recordCampaignMeeting");
		assertThat(act(Persona.VILLAGE, "recordCampaignMeeting", meetingInput(campaign, GROUP_A1_1, "TRAINING", 5))
			.path("recordCampaignMeeting.userErrors[0].field[0]").entity(String.class).get()).isEqualTo("gridCode");
		assertThat(act(Persona.VILLAGE, "recordCampaignMeeting", meetingInput(campaign, VILLAGE_A1, "TRAINING", 0))
			.path("recordCampaignMeeting.userErrors[0].field[0]").entity(String.class).get()).isEqualTo("attendance");
		assertThat(count(audited)).isEqualTo(auditedBefore + 4);

		// the Thursday meeting: 拟纳入 raises a cadre-inspection lead, 不纳入 does not
		GraphQlTester.Response included = act(Persona.VILLAGE, "concludeInspection", conclusion(i1, "INCLUDE"));
		included.path("concludeInspection.userErrors").entityList(Object.class).hasSize(0);
		@SuppressWarnings("unchecked")
		Map<String, Object> lead = included.path("concludeInspection.inspection.lead").entity(Map.class).get();
		assertThat(lead).containsEntry("status", "OPEN").containsEntry("source", "CADRE_INSPECTION");
		assertThat(lead.get("riskTypes")).isEqualTo(List.of("ILLNESS"));
		act(Persona.VILLAGE, "concludeInspection", conclusion(i2, "EXCLUDE"))
			.path("concludeInspection.inspection.lead").valueIsNull();
		assertThat(act(Persona.VILLAGE, "concludeInspection", conclusion(i2, "EXCLUDE"))
			.path("concludeInspection.userErrors[0].code").entity(String.class).get()).isEqualTo("CONFLICT");
		expected(VILLAGE_A1).include++;
		expected(VILLAGE_A1).exclude++;
		// the village meeting's lead goes through the procedure from the next day: its notice lasts a day at least
		this.clock.advance(Duration.ofDays(1));

		// the lead goes the ordinary way: accepted, identified, approved
		@SuppressWarnings("unchecked")
		Map<String, Object> opened1 = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", lead.get("id"), "version", lead.get("version"), "caseType", "MARGINAL")), "acceptLead")
			.get("case");
		Map<String, Object> case1 = step(Persona.COUNTY, "approveCase", input(toApproval(opened1)));
		assertStatus(case1, "MONITORING");
		expected(VILLAGE_A1).included("MARGINAL", "ILLNESS");

		// a review of the open case (附件5); a look back is only for eliminated ones
		GraphQlTester.Response reviewed = act(Persona.VILLAGE, "recordCaseReview", Map.of("campaignId", campaign,
				"caseId", case1.get("id"), "checkedOn", today().toString(), "measuresDone", false, "meetsElimination", false));
		reviewed.path("recordCaseReview.userErrors").entityList(Object.class).hasSize(0);
		expected(VILLAGE_A1).reviews++;
		assertThat(act(Persona.VILLAGE, "recordLookBack", lookBack(campaign, case1, true))
			.path("recordLookBack.userErrors[0].code").entity(String.class).get()).isEqualTo("CONFLICT");

		// an eliminated case looked back at (附件4): not stable, so the county rolls it back
		Map<String, Object> case3 = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(h3))));
		expected(VILLAGE_A1).included("MARGINAL", "INDUSTRY_FAILURE");
		case3 = step(Persona.COUNTY, "approveElimination", input(toEliminationApproval(case3), "kind", "NATURAL"));
		assertStatus(case3, "RISK_ELIMINATED");
		assertError(act(Persona.WORKER, "recordLookBack", lookBack(campaign, case3, false)), ErrorCode.FORBIDDEN,
				"recordLookBack");
		// a look back looks at the time since the elimination: one dated before it is refused
		Map<String, Object> early = new HashMap<>(lookBack(campaign, case3, false));
		early.put("checkedOn", today().minusDays(1).toString());
		GraphQlTester.Response tooEarly = act(Persona.VILLAGE, "recordLookBack", early);
		tooEarly.path("recordLookBack.userErrors[0].code").entity(String.class).isEqualTo("BAD_USER_INPUT");
		tooEarly.path("recordLookBack.userErrors[0].field[0]").entity(String.class).isEqualTo("checkedOn");
		GraphQlTester.Response lookedBack = act(Persona.VILLAGE, "recordLookBack", lookBack(campaign, case3, false));
		lookedBack.path("recordLookBack.caseCheck.needsAction").entity(Boolean.class).isEqualTo(true);
		expected(VILLAGE_A1).lookBacks++;
		// …and once per campaign: a second is refused, by another cadre too, and 附件1 counts one
		assertThat(userErrorCode(act(Persona.TOWNSHIP, "recordLookBack", lookBack(campaign, case3, true)),
				"recordLookBack")).isEqualTo("CONFLICT");
		assertThat(count("SELECT COUNT(*) FROM case_check WHERE case_id = ? AND kind = 'LOOK_BACK'",
				rowId((String) case3.get("id")))).isEqualTo(1);
		case3 = step(Persona.COUNTY, "rollBackCase",
				input(applied("applyForRollback", case3, "UNSTABLE"), "reason", "UNSTABLE", "note", "回头看发现收入不稳定"));
		assertStatus(case3, "MONITORING");
		expected(VILLAGE_A1).rolledBack++;
		graphQlAs(Persona.VILLAGE).documentName("campaign")
			.operationName("caseChecks")
			.variable("id", case3.get("id"))
			.execute()
			.path("case.campaignChecks[0].kind")
			.entity(String.class)
			.isEqualTo("LOOK_BACK");

		// problems: raised on a household by its worker, rectified, verified by the village (the level above)
		Map<String, Object> problem = problem(act(Persona.WORKER, "raiseProblem", Map.of("campaignId", campaign,
				"category", "DATA_QUALITY", "description", "家庭成员信息录入错误", "householdId", h2, "responsiblePerson",
				"王网格", "measure", "核实后补正", "deadline", today().plusDays(3).toString())), "raiseProblem");
		expected(VILLAGE_A1).problemsFound++;
		problem = problem(act(Persona.WORKER, "rectifyProblem", Map.of("problemId", problem.get("id"), "version",
				problem.get("version"), "rectification", "已补正", "rectifiedOn", today().toString())), "rectifyProblem");
		expected(VILLAGE_A1).problemsRectified++;
		assertError(act(Persona.WORKER, "verifyProblem", verified(problem, true)), ErrorCode.FORBIDDEN,
				"verifyProblem");
		// the level above a household's group is its village: not the township, two levels up
		assertError(act(Persona.TOWNSHIP, "verifyProblem", verified(problem, true)), ErrorCode.FORBIDDEN,
				"verifyProblem");
		assertError(act(Persona.COUNTY, "verifyProblem", verified(problem, true)), ErrorCode.FORBIDDEN,
				"verifyProblem");
		problem = problem(act(Persona.VILLAGE, "verifyProblem", verified(problem, true)), "verifyProblem");
		assertThat(problem).containsEntry("status", "VERIFIED").containsEntry("verifiedBy", userName(Persona.VILLAGE));
		// one on village A2's grid work, by the township: the village cannot verify it, the county can
		Map<String, Object> onVillage = problem(act(Persona.TOWNSHIP, "raiseProblem", Map.of("campaignId", campaign,
				"category", "GRID_MANAGEMENT", "description", "网格员未按月走访", "gridCode", VILLAGE_A2, "responsiblePerson",
				"李支书", "measure", "补走访并建立台账", "deadline", today().toString())), "raiseProblem");
		expected(VILLAGE_A2).problemsFound++;
		// a campaign's problem lies in what the campaign covers: township B is only partly covered
		assertThat(act(Persona.COUNTY, "raiseProblem", Map.of("campaignId", campaign, "category", "OTHER",
				"description", "镇级统筹不到位", "gridCode", TOWNSHIP_B, "responsiblePerson", "镇长", "measure", "统筹部署",
				"deadline", today().toString())).path("raiseProblem.userErrors[0].field[0]").entity(String.class).get())
			.isEqualTo("campaignId");
		assertThat(problemIds(Persona.VILLAGE, Map.of())).doesNotContain((String) onVillage.get("id"));
		assertThat(problemIds(Persona.COUNTY, Map.of("campaignId", campaign, "status", "OPEN")))
			.containsExactly((String) onVillage.get("id"));

		// coverage: the worker's group, with what is left to inspect
		GraphQlTester.Response coverage = graphQlAs(Persona.WORKER).documentName("campaign")
			.operationName("campaignCoverage")
			.variable("campaignId", campaign)
			.variable("gridCode", GROUP_A1_1)
			.execute();
		long inGroup = count("SELECT COUNT(*) FROM household WHERE group_code = ?", GROUP_A1_1);
		coverage.path("campaignCoverage.households").entity(Long.class).isEqualTo(inGroup);
		coverage.path("campaignCoverage.inspected").entity(Long.class).isEqualTo(2L);
		coverage.path("campaignCoverage.notInspected.totalCount").entity(Long.class).isEqualTo(inGroup - 2);
		assertThat(coverage.path("campaignCoverage.notInspected.edges[*].node.id").entityList(String.class).get())
			.contains(h3)
			.doesNotContain(h1, h2);

		// data corrected (补正数据): a finding the sweep saw and then no longer sees; the rest stays as it was
		long head = this.jdbc.queryForObject("SELECT id FROM member WHERE household_id = ? AND relation = 'HEAD'",
				Long.class, rowId(h2));
		this.jdbc.update("UPDATE member SET relation = 'OTHER' WHERE id = ?", head);
		this.sweep.sweep(new GridCode(COUNTY));
		assertThat(count("SELECT COUNT(*) FROM quality_finding WHERE kind = 'NO_HEAD' AND record_id = ?"
				+ " AND resolved_on IS NULL", rowId(h2))).isEqualTo(1);
		this.jdbc.update("UPDATE member SET relation = 'HEAD' WHERE id = ?", head);
		this.sweep.sweep(new GridCode(COUNTY));
		expected(VILLAGE_A1).dataCorrected++;

		// the progress table: per village (the township's view), per township (the county's), as counted here
		Map<String, Map<String, Object>> villages = rows(Persona.TOWNSHIP, campaign, "VILLAGE", null);
		assertThat(villages.keySet()).containsExactly(VILLAGE_A1, VILLAGE_A2);
		for (String village : villages.keySet()) {
			assertThat(villages.get(village).get("week")).as(village).isEqualTo(expected(village).figures());
			assertThat(villages.get(village).get("cumulative")).as(village).isEqualTo(expected(village).figures());
		}
		Map<String, Map<String, Object>> townships = rows(Persona.COUNTY, campaign, "TOWNSHIP", null);
		assertThat(townships.keySet()).containsExactly(TOWNSHIP_A, TOWNSHIP_B);
		// a township's own meetings count in its row, not in its villages'
		assertThat(townships.get(TOWNSHIP_A).get("cumulative"))
			.isEqualTo(sum(expected(VILLAGE_A1), expected(VILLAGE_A2), expected(TOWNSHIP_A)).figures());
		assertThat(townships.get(TOWNSHIP_B).get("cumulative")).isEqualTo(expected("999901200201").figures());
		// scope: a village sees its village only; a township at county level sees its own figures only; the
		// figures are kept per village, so a grid worker's group has none of its own
		assertThat(rows(Persona.VILLAGE, campaign, "VILLAGE", null).keySet()).containsExactly(VILLAGE_A1);
		assertError(progress(Persona.WORKER, campaign, "VILLAGE", null), ErrorCode.FORBIDDEN, "campaignProgress");
		Map<String, Map<String, Object>> county = rows(Persona.TOWNSHIP, campaign, "COUNTY", null);
		assertThat(county.keySet()).containsExactly(COUNTY);
		assertThat(county.get(COUNTY).get("cumulative"))
			.isEqualTo(sum(expected(VILLAGE_A1), expected(VILLAGE_A2), expected(TOWNSHIP_A)).figures());
		// the day before the campaign's first inspections, nothing had happened yet
		Map<String, Map<String, Object>> before = rows(Persona.TOWNSHIP, campaign, "VILLAGE",
				today().minusDays(2).toString());
		assertThat(before.get(VILLAGE_A1).get("cumulative")).isEqualTo(new Expected().figures());

		// a rectification the level above does not accept reopens the problem; past its deadline it is overdue.
		// The township officer who rectified it does not verify it, nor does the county, two levels up: another
		// officer of the township does
		onVillage = problem(act(Persona.TOWNSHIP, "rectifyProblem", Map.of("problemId", onVillage.get("id"), "version",
				onVillage.get("version"), "rectification", "已补走访", "rectifiedOn", today().toString())), "rectifyProblem");
		Map<String, Object> notPassed = Map.of("problemId", onVillage.get("id"), "version", onVillage.get("version"),
				"passed", false, "note", "走访记录不全", "verifiedOn", today().toString());
		GraphQlTester.Response byRectifier = act(Persona.TOWNSHIP, "verifyProblem", notPassed);
		byRectifier.path("verifyProblem.problem").valueIsNull();
		assertThat(userErrorCode(byRectifier, "verifyProblem")).isEqualTo("FORBIDDEN");
		assertError(act(Persona.COUNTY, "verifyProblem", notPassed), ErrorCode.FORBIDDEN, "verifyProblem");
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		console.giveDutyByHand(console.createUser(SECOND_TOWNSHIP_OFFICER, "乡", "二"), "/999901/999901100");
		onVillage = problem(graphQlWithToken(tokens().passwordGrant("fangpin-cli", SECOND_TOWNSHIP_OFFICER))
			.documentName("campaign")
			.operationName("verifyProblem")
			.variable("input", notPassed)
			.execute(), "verifyProblem");
		assertThat(onVillage).containsEntry("status", "OPEN").containsEntry("verificationNote", "走访记录不全");
		assertThat(problemIds(Persona.COUNTY, Map.of("overdue", true))).doesNotContain((String) onVillage.get("id"));
		this.clock.advance(Duration.ofDays(2));
		assertThat(problemIds(Persona.COUNTY, Map.of("overdue", true))).containsExactly((String) onVillage.get("id"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void keyCategoriesAreDerivedFromTheDataExplainedAndInspectedByTheVillageLeadership() {
		String campaign = openCampaign();
		Map<String, Object> registration = TestData.registration(GROUP_A1_1, TestData.newIdNumber());
		registration.putAll(Map.of("category", "ALLEVIATED", "alleviationYear", 2020, "lowIncomeSupport", true));
		String alleviated = act(Persona.WORKER, "registerHousehold", registration).path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> income = new HashMap<>(Map.of("householdId", alleviated, "year", today().getYear() - 1,
				"wageIncome", 3000, "operatingIncome", 0, "propertyIncome", 0, "transferIncome", 0, "productiveExpenditure",
				0, "medicalExpenditure", 0, "educationExpenditure", 0, "otherRigidExpenditure", 0));
		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("recordIncome")
			.variable("input", income)
			.execute()
			.path("recordIncome.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		Map<String, Map<String, Object>> categories = keyCategories(Persona.VILLAGE, alleviated, campaign);
		assertThat(categories.keySet()).containsExactlyInAnyOrder("ALLEVIATED", "SUBSISTENCE_ALLOWANCE",
				"LOW_OR_FALLING_INCOME");
		assertThat(categories.get("ALLEVIATED")).containsEntry("priority", true).containsEntry("flagged", false);
		assertThat((String) categories.get("ALLEVIATED").get("reason")).contains("2020年脱贫");
		assertThat((String) categories.get("LOW_OR_FALLING_INCOME").get("reason")).contains("3000元", "低于监测标准6700元");
		// a key household is the village leadership's to inspect (附件2), not the grid worker's (附件3)
		assertError(act(Persona.WORKER, "recordKeyHouseholdInspection", inspectionInput(campaign, alleviated, false)),
				ErrorCode.FORBIDDEN, "recordKeyHouseholdInspection");
		assertThat(userErrorCode(act(Persona.WORKER, "recordInspection", inspectionInput(campaign, alleviated, false)),
				"recordInspection")).isEqualTo("CONFLICT");
		assertThat(userErrorCode(act(Persona.VILLAGE, "recordInspection", inspectionInput(campaign, alleviated, false)),
				"recordInspection")).isEqualTo("CONFLICT");
		act(Persona.VILLAGE, "recordKeyHouseholdInspection", inspectionInput(campaign, alleviated, false))
			.path("recordKeyHouseholdInspection.userErrors").entityList(Object.class).hasSize(0);
		assertThat(count("SELECT COUNT(*) FROM inspection WHERE household_id = ?", rowId(alleviated))).isEqualTo(1);

		// what the data cannot know, a cadre flags; the household is then a key one too
		String ordinary = newHousehold();
		assertThat(keyCategories(Persona.WORKER, ordinary, campaign)).isEmpty();
		assertThat(userErrorCode(act(Persona.VILLAGE, "recordKeyHouseholdInspection",
				inspectionInput(campaign, ordinary, false)), "recordKeyHouseholdInspection")).isEqualTo("CONFLICT");
		GraphQlTester.Response flagged = act(Persona.WORKER, "flagKeyCategory", Map.of("campaignId", campaign,
				"householdId", ordinary, "category", "PANDEMIC", "note", "疫情期间外出务工中断"));
		List<Map<String, Object>> after = flagged.path("flagKeyCategory.keyCategories").entityList(Map.class).get()
			.stream().map((reason) -> (Map<String, Object>) reason).toList();
		assertThat(after).singleElement().satisfies((reason) -> assertThat(reason).containsEntry("category", "PANDEMIC")
			.containsEntry("flagged", true));
		assertThat(userErrorCode(act(Persona.WORKER, "recordInspection", inspectionInput(campaign, ordinary, false)),
				"recordInspection")).isEqualTo("CONFLICT");
	}

	@Test
	void inspectionsAreListedAndTheThursdayMeetingHasTheRiskyOnesNotYetConcluded() {
		String campaign = openCampaign();
		String h1 = newHousehold();
		String h2 = newHousehold();
		String other = act(Persona.WORKER2, "registerHousehold",
				TestData.registration(GROUP_B1_1, TestData.newIdNumber())).path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		String risky = (String) inspect(Persona.WORKER, campaign, h1, VILLAGE_A1, true).get("id");
		String calm = (String) inspect(Persona.WORKER, campaign, h2, VILLAGE_A1, false).get("id");
		String elsewhere = (String) inspect(Persona.WORKER2, campaign, other, "999901200201", true).get("id");

		// the campaign's, a grid's and a household's inspections, each within the caller's households
		assertThat(inspectionIds(Persona.VILLAGE, "campaignInspections", Map.of("id", campaign)))
			.containsExactly(risky, calm);
		assertThat(inspectionIds(Persona.COUNTY, "campaignInspections", Map.of("id", campaign)))
			.containsExactly(risky, calm, elsewhere);
		assertThat(inspectionIds(Persona.VILLAGE, "campaignInspections",
				Map.of("id", campaign, "filter", Map.of("riskFound", true)))).containsExactly(risky);
		assertThat(inspectionIds(Persona.COUNTY, "gridInspections",
				Map.of("code", VILLAGE_A1, "campaignId", campaign))).containsExactly(risky, calm);
		assertThat(inspectionIds(Persona.WORKER2, "gridInspections",
				Map.of("code", GROUP_B1_1, "campaignId", campaign))).containsExactly(elsewhere);
		assertThat(inspectionIds(Persona.VILLAGE, "householdInspections", Map.of("id", h2))).containsExactly(calm);
		assertError(graphQlAs(Persona.WORKER2).documentName("campaign")
			.operationName("householdInspections")
			.variable("id", h2)
			.execute(), ErrorCode.NOT_FOUND, "household");
		// a week is the seven days ending on the day given, as in the progress table
		assertThat(inspectionIds(Persona.VILLAGE, "campaignInspections",
				Map.of("id", campaign, "filter", Map.of("weekEndingOn", today().toString())))).containsExactly(risky, calm);
		assertThat(inspectionIds(Persona.VILLAGE, "campaignInspections",
				Map.of("id", campaign, "filter", Map.of("weekEndingOn", today().minusDays(1).toString())))).isEmpty();

		// 每周四研判: the village's list holds its risky inspections not yet concluded, nobody else's
		assertThat(inspectionIds(Persona.VILLAGE, "inspectionsAwaitingConclusion", Map.of("campaignId", campaign)))
			.containsExactly(risky);
		assertThat(inspectionIds(Persona.WORKER, "inspectionsAwaitingConclusion", Map.of("campaignId", campaign)))
			.isEmpty();
		act(Persona.VILLAGE, "concludeInspection", conclusion(Map.of("id", risky, "version", 0), "EXCLUDE"))
			.path("concludeInspection.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(inspectionIds(Persona.VILLAGE, "inspectionsAwaitingConclusion", Map.of("campaignId", campaign)))
			.isEmpty();
		assertThat(inspectionIds(Persona.VILLAGE, "campaignInspections",
				Map.of("id", campaign, "filter", Map.of("concluded", true)))).containsExactly(risky);
		assertThat(inspectionIds(Persona.VILLAGE, "campaignInspections",
				Map.of("id", campaign, "filter", Map.of("concluded", false)))).containsExactly(calm);
	}

	@Test
	void aFlagDoesNotContradictTheHouseholdRecordAndCanBeTakenBackWithAReason() {
		String campaign = openCampaign();
		String ordinary = newHousehold();
		GraphQlTester.Response alleviated = act(Persona.WORKER, "flagKeyCategory", Map.of("campaignId", campaign,
				"householdId", ordinary, "category", "ALLEVIATED", "note", "据说已脱贫"));
		assertThat(userErrorCode(alleviated, "flagKeyCategory")).isEqualTo("BAD_USER_INPUT");
		alleviated.path("flagKeyCategory.userErrors[0].field[0]").entity(String.class).isEqualTo("category");
		assertThat(count("SELECT COUNT(*) FROM key_category_flag WHERE household_id = ?", rowId(ordinary))).isZero();

		act(Persona.WORKER, "flagKeyCategory", Map.of("campaignId", campaign, "householdId", ordinary, "category",
				"PANDEMIC", "note", "疫情期间外出务工中断")).path("flagKeyCategory.userErrors").entityList(Object.class).hasSize(0);
		Map<String, Object> removal = Map.of("campaignId", campaign, "householdId", ordinary, "category", "PANDEMIC",
				"reason", "已返岗务工，收入恢复");
		assertThat(userErrorCode(act(Persona.WORKER, "removeKeyCategoryFlag", Map.of("campaignId", campaign,
				"householdId", ordinary, "category", "PANDEMIC", "reason", " ")), "removeKeyCategoryFlag"))
			.isEqualTo("BAD_USER_INPUT");
		assertError(act(Persona.WORKER2, "removeKeyCategoryFlag", removal), ErrorCode.NOT_FOUND,
				"removeKeyCategoryFlag");
		assertError(act(Persona.RESIDENT, "removeKeyCategoryFlag", removal), ErrorCode.FORBIDDEN,
				"removeKeyCategoryFlag");
		act(Persona.VILLAGE, "removeKeyCategoryFlag", removal).path("removeKeyCategoryFlag.keyCategories")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(keyCategories(Persona.VILLAGE, ordinary, campaign)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT changes FROM audit_record WHERE operation = 'removeKeyCategoryFlag'"
				+ " AND target_id = ? ORDER BY id DESC LIMIT 1", String.class, rowId(ordinary)))
			.contains("PANDEMIC", "已返岗务工，收入恢复");
		assertThat(userErrorCode(act(Persona.VILLAGE, "removeKeyCategoryFlag", removal), "removeKeyCategoryFlag"))
			.isEqualTo("CONFLICT");
		// taken back, it can be flagged again when it holds again
		act(Persona.WORKER, "flagKeyCategory", Map.of("campaignId", campaign, "householdId", ordinary, "category",
				"PANDEMIC", "note", "再次停工")).path("flagKeyCategory.userErrors").entityList(Object.class).hasSize(0);
	}

	@Test
	void aCampaignIsDatedWithinSenseAndItsIncomeLineIsMoney() {
		Map<String, Object> input = new HashMap<>(campaignInput());
		input.put("startsOn", "1900-01-01");
		input.put("endsOn", "1900-03-01");
		GraphQlTester.Response ancient = act(Persona.COUNTY, "openCampaign", input);
		ancient.path("openCampaign.campaign").valueIsNull();
		assertThat(userErrorCode(ancient, "openCampaign")).isEqualTo("BAD_USER_INPUT");
		ancient.path("openCampaign.userErrors[0].field[0]").entity(String.class).isEqualTo("startsOn");
		input.put("startsOn", today().plusYears(2).toString());
		input.put("endsOn", today().plusYears(2).plusMonths(1).toString());
		act(Persona.COUNTY, "openCampaign", input).path("openCampaign.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("startsOn");
		input.put("startsOn", today().toString());
		input.put("endsOn", today().plusYears(3).toString());
		act(Persona.COUNTY, "openCampaign", input).path("openCampaign.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("endsOn");

		input.put("endsOn", today().plusMonths(3).toString());
		input.put("incomeLine", "6700.50");
		GraphQlTester.Response opened = act(Persona.COUNTY, "openCampaign", input);
		opened.path("openCampaign.userErrors").entityList(Object.class).hasSize(0);
		opened.path("openCampaign.campaign.incomeLine").entity(String.class).isEqualTo("6700.50");
	}

	private List<String> inspectionIds(Persona persona, String operation, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = graphQlAs(persona).documentName("campaign").operationName(operation);
		variables.forEach(request::variable);
		GraphQlTester.Response response = request.execute();
		String connection = switch (operation) {
			case "campaignInspections" -> "campaign.inspections";
			case "gridInspections" -> "grid.inspections";
			case "householdInspections" -> "household.inspections";
			default -> operation;
		};
		List<String> ids = response.path(connection + ".edges[*].node.id").entityList(String.class).get();
		response.path(connection + ".totalCount").entity(Integer.class).isEqualTo(ids.size());
		return ids;
	}

	/**
	 * The week counts the households first inspected in it (本周新增排查): one inspected again later counts in
	 * the week of its first inspection only, while its inspector counts in both. And the figures the mutations
	 * kept equal what the migration's backfill makes of the same records.
	 */
	@Test
	void aHouseholdCountsInTheWeekOfItsFirstInspectionAndTheBackfillAgrees() {
		String campaign = openCampaign();
		String a = newHousehold();
		String b = newHousehold();
		Map<String, Object> first = inspect(Persona.WORKER, campaign, a, VILLAGE_A1, true);
		inspect(Persona.WORKER, campaign, b, VILLAGE_A1, false);
		inspect(Persona.VILLAGE, campaign, a, VILLAGE_A1, false);
		act(Persona.VILLAGE, "concludeInspection", conclusion(first, "EXCLUDE"))
			.path("concludeInspection.userErrors").entityList(Object.class).hasSize(0);
		expected(VILLAGE_A1).exclude++;
		Map<String, Object> lastWeek = expected(VILLAGE_A1).figures();

		this.clock.advance(Duration.ofDays(7));
		inspect(Persona.TOWNSHIP, campaign, b, VILLAGE_A1, false);
		inspect(Persona.TOWNSHIP, campaign, householdIn(GROUP_A2_1), VILLAGE_A2, false);
		Map<String, Map<String, Object>> villages = rows(Persona.TOWNSHIP, campaign, "VILLAGE", null);
		Map<String, Object> week = new LinkedHashMap<>(new Expected().figures());
		week.put("inspectors", 1);
		assertThat(villages.get(VILLAGE_A1).get("week")).isEqualTo(week);
		assertThat(villages.get(VILLAGE_A1).get("cumulative")).isEqualTo(expected(VILLAGE_A1).figures());
		assertThat(expected(VILLAGE_A1).figures()).containsEntry("householdsInspected", 2).containsEntry("inspectors", 3);
		assertThat(villages.get(VILLAGE_A2).get("week")).isEqualTo(expected(VILLAGE_A2).figures());
		// as of a week ago: the running totals less the days after it
		Map<String, Map<String, Object>> weekAgo = rows(Persona.TOWNSHIP, campaign, "VILLAGE",
				today().minusDays(7).toString());
		assertThat(weekAgo.get(VILLAGE_A1).get("week")).isEqualTo(lastWeek);
		assertThat(weekAgo.get(VILLAGE_A1).get("cumulative")).isEqualTo(lastWeek);
		assertThat(weekAgo.get(VILLAGE_A2).get("cumulative")).isEqualTo(new Expected().figures());

		long id = rowId(campaign);
		List<Map<String, Object>> written = keptFigures(id);
		assertThat(written).allSatisfy((table) -> assertThat(table.values()).doesNotContainNull());
		this.jdbc.update("UPDATE inspection SET first_in_campaign = NULL WHERE campaign_id = ?", id);
		for (String table : List.of("campaign_grid_day", "campaign_grid_total", "campaign_inspector")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE campaign_id = ?", id);
		}
		MigrationBackfill.statements("V13__campaign_progress_figures.sql").forEach(this.jdbc::update);
		MigrationBackfill.statements("V42__campaign_grid_totals.sql").forEach(this.jdbc::update);
		assertThat(keptFigures(id)).isEqualTo(written);
		assertThat(rows(Persona.TOWNSHIP, campaign, "VILLAGE", null)).isEqualTo(villages);
	}

	/** A campaign's kept figures and its first inspections, each table as one text, in key order. */
	private List<Map<String, Object>> keptFigures(long campaignId) {
		return List.of(
				this.jdbc.queryForMap("SELECT GROUP_CONCAT(household_id, ':', id ORDER BY household_id) AS firsts"
						+ " FROM inspection WHERE campaign_id = ? AND first_in_campaign", campaignId),
				this.jdbc.queryForMap("SELECT GROUP_CONCAT(code_length, grid_code, on_day, ':', households, people,"
						+ " alleviated_households, alleviated_people, monitored_households, monitored_people,"
						+ " concluded_include, concluded_exclude, look_backs, reviews ORDER BY grid_code, on_day)"
						+ " AS days FROM campaign_grid_day WHERE campaign_id = ?", campaignId),
				this.jdbc.queryForMap("SELECT GROUP_CONCAT(code_length, grid_code, ':', households, people,"
						+ " alleviated_households, alleviated_people, monitored_households, monitored_people,"
						+ " concluded_include, concluded_exclude, look_backs, reviews ORDER BY grid_code)"
						+ " AS totals FROM campaign_grid_total WHERE campaign_id = ?", campaignId),
				this.jdbc.queryForMap("SELECT GROUP_CONCAT(code_length, grid_code, day_block, inspector_subject, ':',"
						+ " days ORDER BY grid_code, day_block, inspector_subject) AS inspectors FROM campaign_inspector"
						+ " WHERE campaign_id = ?", campaignId));
	}

	private static String userErrorCode(GraphQlTester.Response response, String operation) {
		return response.path(operation + ".userErrors[0].code").entity(String.class).get();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> keyCategories(Persona persona, String household, String campaign) {
		List<Map<String, Object>> reasons = graphQlAs(persona).documentName("campaign")
			.operationName("keyCategories")
			.variable("id", household)
			.variable("campaignId", campaign)
			.execute()
			.path("household.keyCategories")
			.entityList(Map.class)
			.get()
			.stream()
			.map((reason) -> (Map<String, Object>) reason)
			.toList();
		Map<String, Map<String, Object>> byCategory = new LinkedHashMap<>();
		reasons.forEach((reason) -> byCategory.put((String) reason.get("category"), reason));
		return byCategory;
	}

	// the test's own count

	private Expected expected(String village) {
		return this.expected.computeIfAbsent(village, (code) -> new Expected());
	}

	private Expected sum(Expected... parts) {
		Expected sum = new Expected();
		for (Expected part : parts) {
			sum.households.putAll(part.households);
			sum.inspectors.addAll(part.inspectors);
			sum.include += part.include;
			sum.exclude += part.exclude;
			part.included.forEach((type, households) -> sum.included.merge(type, households, Integer::sum));
			part.causes.forEach((cause, households) -> sum.causes.merge(cause, households, Integer::sum));
			sum.lookBacks += part.lookBacks;
			sum.reviews += part.reviews;
			sum.rolledBack += part.rolledBack;
			sum.problemsFound += part.problemsFound;
			sum.problemsRectified += part.problemsRectified;
			sum.dataCorrected += part.dataCorrected;
			sum.deploymentMeetings += part.deploymentMeetings;
			sum.trainings += part.trainings;
			sum.peopleTrained += part.peopleTrained;
		}
		return sum;
	}

	private final class Expected {

		/** The households first inspected, as they were then (the table does not change them afterwards). */
		final Map<Long, Facts> households = new LinkedHashMap<>();

		final Set<Persona> inspectors = new HashSet<>();

		int include;

		int exclude;

		final Map<String, Integer> included = new HashMap<>();

		final Map<String, Integer> causes = new TreeMap<>();

		int lookBacks;

		int reviews;

		int rolledBack;

		int problemsFound;

		int problemsRectified;

		int dataCorrected;

		int deploymentMeetings;

		int trainings;

		int peopleTrained;

		void included(String type, String cause) {
			this.included.merge(type, 1, Integer::sum);
			this.causes.merge(cause, 1, Integer::sum);
		}

		/** The figures as the API should answer them. */
		Map<String, Object> figures() {
			int people = 0;
			int alleviated = 0;
			int alleviatedPeople = 0;
			int monitored = 0;
			int monitoredPeople = 0;
			for (Facts household : this.households.values()) {
				people += household.people();
				alleviated += household.alleviated() ? 1 : 0;
				alleviatedPeople += household.alleviated() ? household.people() : 0;
				monitored += household.monitored() ? 1 : 0;
				monitoredPeople += household.monitored() ? household.people() : 0;
			}
			List<Map<String, Object>> byType = new ArrayList<>();
			for (String type : List.of("UNSTABLE_ALLEVIATED", "MARGINAL", "SUDDEN_HARDSHIP")) {
				int households = this.included.getOrDefault(type, 0);
				// the households this test includes are registered with their head only
				byType.add(Map.of("type", type, "households", households, "people", households));
			}
			List<Map<String, Object>> byCause = new ArrayList<>();
			this.causes.forEach((cause, households) -> byCause.add(Map.of("riskType", cause, "households", households)));
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("householdsInspected", this.households.size());
			figures.put("peopleInspected", people);
			figures.put("alleviatedHouseholds", alleviated);
			figures.put("alleviatedPeople", alleviatedPeople);
			figures.put("monitoredHouseholds", monitored);
			figures.put("monitoredPeople", monitoredPeople);
			figures.put("inspectors", this.inspectors.size());
			figures.put("concludedInclude", this.include);
			figures.put("concludedExclude", this.exclude);
			figures.put("included", byType);
			figures.put("includedByCause", byCause);
			figures.put("lookBacks", this.lookBacks);
			figures.put("reviews", this.reviews);
			figures.put("rolledBack", this.rolledBack);
			figures.put("cleared", 0);
			figures.put("problemsFound", this.problemsFound);
			figures.put("problemsRectified", this.problemsRectified);
			figures.put("dataCorrected", this.dataCorrected);
			figures.put("deploymentMeetings", this.deploymentMeetings);
			figures.put("trainings", this.trainings);
			figures.put("peopleTrained", this.peopleTrained);
			return figures;
		}

	}

	/** A household as this test reads it from the tables when it is first inspected. */
	private record Facts(int people, boolean alleviated, boolean monitored) {
	}

	private Facts factsOf(long household) {
		return new Facts((int) count("SELECT COUNT(*) FROM member WHERE household_id = ?", household),
				count("SELECT COUNT(*) FROM household WHERE id = ? AND category = 'ALLEVIATED'", household) > 0,
				count("SELECT COUNT(*) FROM monitored_case WHERE household_id = ? AND status IN ('"
						+ String.join("','", CaseStatus.names(CaseStatus::isMonitored)) + "')", household) > 0);
	}

	// operations

	private GraphQlTester.Response act(Persona persona, String operation, Map<String, Object> input) {
		return graphQlAs(persona).documentName("campaign").operationName(operation).variable("input", input).execute();
	}

	/** A campaign the county opens with {@link #campaignInput()}: its global id. */
	private String openCampaign() {
		return act(Persona.COUNTY, "openCampaign", campaignInput()).path("openCampaign.campaign.id")
			.entity(String.class)
			.get();
	}

	private Map<String, Object> campaignInput() {
		return Map.of("name", "2022年集中排查", "startsOn", today().minusDays(3).toString(), "endsOn",
				today().plusDays(30).toString(), "gridCodes", List.of(TOWNSHIP_A, GROUP_B1_1), "incomeLine", 6700);
	}

	private Map<String, Object> inspectionInput(String campaign, String household, boolean riskFound) {
		Map<String, Object> input = new HashMap<>(Map.of("campaignId", campaign, "householdId", household, "method",
				"IN_PERSON", "inspectedOn", today().toString(), "riskFound", riskFound, "policyAware", true));
		if (riskFound) {
			input.put("familySituation", "户主患病住院，医疗支出约3万元，家庭收入骤减");
		}
		return input;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> inspect(Persona persona, String campaign, String household, String village,
			boolean riskFound) {
		String mutation = keyCategories(Persona.COUNTY, household, campaign).isEmpty() ? "recordInspection"
				: "recordKeyHouseholdInspection";
		long id = rowId(household);
		boolean first = this.expected.values().stream().noneMatch((counted) -> counted.households.containsKey(id));
		Facts facts = factsOf(id);
		GraphQlTester.Response response = act(persona, mutation, inspectionInput(campaign, household, riskFound));
		response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
		if (first) {
			expected(village).households.put(id, facts);
		}
		expected(village).inspectors.add(persona);
		return response.path(mutation + ".inspection").entity(Map.class).get();
	}

	private void meeting(Persona persona, String campaign, String grid, String kind, int attendance) {
		GraphQlTester.Response response = act(persona, "recordCampaignMeeting",
				meetingInput(campaign, grid, kind, attendance));
		response.path("recordCampaignMeeting.userErrors").entityList(Object.class).hasSize(0);
		response.path("recordCampaignMeeting.meeting.attendance").entity(Integer.class).isEqualTo(attendance);
		Expected held = expected(grid);
		if (kind.equals("DEPLOYMENT")) {
			held.deploymentMeetings++;
		}
		else {
			held.trainings++;
			held.peopleTrained += attendance;
		}
	}

	private Map<String, Object> meetingInput(String campaign, String grid, String kind, int attendance) {
		return Map.of("campaignId", campaign, "gridCode", grid, "kind", kind, "heldOn", today().toString(),
				"attendance", attendance);
	}

	private Map<String, Object> conclusion(Map<String, Object> inspection, String conclusion) {
		Map<String, Object> input = new HashMap<>(Map.of("inspectionId", inspection.get("id"), "version",
				inspection.get("version"), "conclusion", conclusion, "heldOn", today().toString()));
		if (conclusion.equals("INCLUDE")) {
			input.put("riskTypes", List.of("ILLNESS"));
		}
		return input;
	}

	private Map<String, Object> lookBack(String campaign, Map<String, Object> monitoredCase, boolean stable) {
		return Map.of("campaignId", campaign, "caseId", monitoredCase.get("id"), "checkedOn", today().toString(),
				"incomeStable", stable, "measuresDone", true, "guaranteesSecured", true, "eliminationStable", stable,
				"needsRemarking", false, "needsClearance", false);
	}

	private Map<String, Object> verified(Map<String, Object> problem, boolean passed) {
		return Map.of("problemId", problem.get("id"), "version", problem.get("version"), "passed", passed,
				"verifiedOn", today().toString());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> problem(GraphQlTester.Response response, String operation) {
		response.path(operation + ".userErrors").entityList(Object.class).hasSize(0);
		return response.path(operation + ".problem").entity(Map.class).get();
	}

	private List<String> campaignIds(Persona persona) {
		return graphQlAs(persona).documentName("campaign")
			.operationName("campaigns")
			.execute()
			.path("campaigns[*].id")
			.entityList(String.class)
			.get();
	}

	private List<String> problemIds(Persona persona, Map<String, Object> filter) {
		return graphQlAs(persona).documentName("campaign")
			.operationName("problems")
			.variable("filter", filter)
			.execute()
			.path("problems.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private String userName(Persona persona) {
		return graphQlAs(persona).document("{ me { name } }").execute().path("me.name").entity(String.class).get();
	}

	private GraphQlTester.Response progress(Persona persona, String campaign, String level, String asOf) {
		return graphQlAs(persona).documentName("campaign")
			.operationName("campaignProgress")
			.variable("campaignId", campaign)
			.variable("level", level)
			.variable("asOf", asOf)
			.execute();
	}

	/** The progress rows by grid code, each with its week and cumulative figures. */
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> rows(Persona persona, String campaign, String level, String asOf) {
		List<Map<String, Object>> rows = progress(persona, campaign, level, asOf).path("campaignProgress.rows")
			.entityList(Map.class)
			.get()
			.stream().map((row) -> (Map<String, Object>) row).toList();
		Map<String, Map<String, Object>> byGrid = new LinkedHashMap<>();
		rows.forEach((row) -> byGrid.put((String) ((Map<String, Object>) row.get("grid")).get("code"), row));
		return byGrid;
	}

}
