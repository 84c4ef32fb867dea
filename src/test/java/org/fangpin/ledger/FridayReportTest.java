package org.fangpin.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.campaign.ProgressColumn;
import org.fangpin.monitoring.RiskType;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.Spreadsheets;
import org.fangpin.support.Spreadsheets.Table;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.ledger.LedgerCells.assertRow;
import static org.fangpin.ledger.LedgerCells.gridName;
import static org.fangpin.ledger.LedgerCells.map;
import static org.fangpin.ledger.LedgerCells.maps;
import static org.fangpin.ledger.LedgerCells.terms;
import static org.fangpin.ledger.LedgerCells.text;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_A2_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;
import static org.fangpin.support.DemoGrids.VILLAGE_A2;

/**
 * A township's Friday report (seed 004: 附件1 and 附件6 by 8:00 each Friday), built from a week the test records
 * through the API: one download each, the villages and the township's subtotal in one sheet, every figure what
 * the test recorded and what {@code campaignProgress} answers for the same grid; the problem list and the
 * inspection ledgers (附件2, 附件3) cell by cell as the API answers them.
 */
class FridayReportTest extends ApiTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int FIXED_COLUMNS = 3;

	@Test
	void aTownshipsFridayReportIsItsVillagesAndSubtotalFigureForFigure() {
		String campaign = graphQlAs(Persona.COUNTY).documentName("campaign")
			.operationName("openCampaign")
			.variable("input", Map.of("name", "周五报表", "startsOn", today().minusDays(10).toString(), "endsOn",
					today().plusDays(20).toString(), "gridCodes", List.of(TOWNSHIP_A), "incomeLine", 6700))
			.execute()
			.path("openCampaign.campaign.id")
			.entity(String.class)
			.get();
		// the week: village A1 inspects three households (one finds a risk, concluded 不纳入), the township one of
		// village A2;
		// the township deploys, the village trains; a problem in each village, one rectified
		List<String> a1 = List.of(householdIn(GROUP_A1_1), householdIn(GROUP_A1_2), freshHousehold(GROUP_A1_1));
		Map<String, Object> risky = inspect(Persona.VILLAGE, campaign, a1.get(0), true);
		inspect(Persona.VILLAGE, campaign, a1.get(1), false);
		inspect(Persona.VILLAGE, campaign, a1.get(2), false);
		inspect(Persona.TOWNSHIP, campaign, householdIn(GROUP_A2_1), false);
		act(Persona.VILLAGE, "concludeInspection", Map.of("inspectionId", risky.get("id"), "version",
				risky.get("version"), "conclusion", "EXCLUDE", "heldOn", today().toString()));
		act(Persona.TOWNSHIP, "recordCampaignMeeting", Map.of("campaignId", campaign, "gridCode", TOWNSHIP_A, "kind",
				"DEPLOYMENT", "heldOn", today().toString(), "attendance", 30));
		act(Persona.VILLAGE, "recordCampaignMeeting", Map.of("campaignId", campaign, "gridCode", VILLAGE_A1, "kind",
				"TRAINING", "heldOn", today().toString(), "attendance", 12));
		Map<String, Object> problem = act(Persona.WORKER, "raiseProblem", Map.of("campaignId", campaign, "category",
				"DATA_QUALITY", "description", "家庭人口与户籍不一致", "householdId", a1.get(0), "responsiblePerson", "王网格",
				"measure", "核实后补正", "deadline", today().plusDays(3).toString()))
			.path("raiseProblem.problem")
			.entity(Map.class)
			.get();
		act(Persona.WORKER, "rectifyProblem", Map.of("problemId", problem.get("id"), "version", problem.get("version"),
				"rectification", "已补正", "rectifiedOn", today().toString()));
		act(Persona.TOWNSHIP, "raiseProblem", Map.of("campaignId", campaign, "category", "GRID_MANAGEMENT",
				"description", "网格员未按月走访", "gridCode", VILLAGE_A2, "responsiblePerson", "李支书", "measure",
				"补走访并建立台账", "deadline", today().plusDays(5).toString()));

		// 附件1: one download, the township's villages then its subtotal, this week and since the campaign began
		List<List<List<String>>> workbook = Spreadsheets.sheets(clientAs(Persona.TOWNSHIP),
				"/ledgers/progress.xlsx?campaign=" + campaign + "&grid=" + TOWNSHIP_A);
		assertThat(workbook).hasSize(2);
		Map<String, Map<String, Object>> villages = progress(campaign, "VILLAGE");
		Map<String, Object> township = progress(campaign, "TOWNSHIP").get(TOWNSHIP_A);
		for (int s = 0; s < 2; s++) {
			String period = (s == 0) ? "week" : "cumulative";
			List<List<String>> sheet = workbook.get(s);
			List<String> headers = sheet.get(2);
			List<List<String>> rows = sheet.subList(3, sheet.size());
			assertThat(rows).extracting((row) -> row.get(1)).containsExactly("东岭村", gridName(this.jdbc, VILLAGE_A2), "小计");
			assertThat(rows).extracting((row) -> row.get(0)).containsOnly(gridName(this.jdbc, TOWNSHIP_A));
			assertFigures(headers, rows.get(0), figures(villages.get(VILLAGE_A1), period));
			assertFigures(headers, rows.get(1), figures(villages.get(VILLAGE_A2), period));
			assertFigures(headers, rows.get(2), figures(township, period));
			// what the week recorded
			Map<String, String> a1Row = row(headers, rows.get(0));
			Map<String, String> subtotal = row(headers, rows.get(2));
			assertThat(a1Row).containsEntry("集中排查对象户数", "3")
				.containsEntry("研判不纳入户数", "1")
				.containsEntry("培训次数", "1")
				.containsEntry("培训人数", "12")
				.containsEntry("排查问题总数", "1")
				.containsEntry("问题整改数", "1")
				.containsEntry("是否专门安排部署", "否");
			assertThat(row(headers, rows.get(1))).containsEntry("集中排查对象户数", "1").containsEntry("排查问题总数", "1");
			assertThat(subtotal).containsEntry("集中排查对象户数", "4")
				.containsEntry("部署会议次数", "1")
				.containsEntry("是否专门安排部署", "是")
				.containsEntry("排查问题总数", "2")
				.containsEntry("参与集中排查的各级部门总人数", "2");
		}

		// 附件6: every cell as the problem list answers it
		Table problems = Spreadsheets.download(clientAs(Persona.TOWNSHIP),
				"/ledgers/problems.xlsx?campaign=" + campaign + "&grid=" + TOWNSHIP_A);
		List<Map<String, Object>> listed = maps(graphQlAs(Persona.TOWNSHIP).documentName("ledger")
			.operationName("fridayProblems")
			.variable("campaignId", campaign)
			.execute()
			.path("problems.edges[*].node")
			.entityList(Map.class)
			.get());
		assertThat(problems.rows()).hasSize(2).hasSize(listed.size());
		// a department keeps its own problems (seed 004): the township's are not in civil affairs' 附件6
		assertThat(Spreadsheets.download(clientAs(Persona.CIVIL), "/ledgers/problems.xlsx?campaign=" + campaign).rows())
			.isEmpty();
		Map<String, String> categories = terms(graphQlAs(Persona.COUNTY), "ProblemCategory");
		Map<String, String> statuses = terms(graphQlAs(Persona.COUNTY), "ProblemStatus");
		for (int i = 0; i < listed.size(); i++) {
			Map<String, Object> found = listed.get(i);
			String grid = (String) found.get("gridCode");
			Map<String, String> expected = new HashMap<>();
			expected.put("序号", String.valueOf(i + 1));
			expected.put("类型", categories.get((String) found.get("category")));
			expected.put("具体问题", text(found.get("description")));
			expected.put("镇街", gridName(this.jdbc, grid.substring(0, 9)));
			expected.put("行政村", gridName(this.jdbc, grid.substring(0, 12)));
			expected.put("责任人", text(found.get("responsiblePerson")));
			expected.put("整改措施", text(found.get("measure")));
			expected.put("完成时限", text(found.get("deadline")));
			expected.put("状态", statuses.get((String) found.get("status")));
			expected.put("整改情况", text(found.get("rectification")));
			expected.put("整改日期", text(found.get("rectifiedOn")));
			expected.put("销号人", text(found.get("verifiedBy")));
			expected.put("销号日期", text(found.get("verifiedOn")));
			assertRow("problem", problems, i, expected);
		}
		assertThat(problems.column("类型")).containsExactly("数据质量方面", "网格员管理及日常排查方面");

		// 附件2 and 附件3: the key households' inspections and the others', cell by cell as Campaign.inspections
		List<Map<String, Object>> inspections = maps(graphQlAs(Persona.TOWNSHIP).documentName("ledger")
			.operationName("fridayInspections")
			.variable("id", campaign)
			.execute()
			.path("campaign.inspections.edges[*].node")
			.entityList(Map.class)
			.get());
		Table key = Spreadsheets.download(clientAs(Persona.TOWNSHIP),
				"/ledgers/key-inspections.xlsx?campaign=" + campaign + "&grid=" + TOWNSHIP_A);
		Table ordinary = Spreadsheets.download(clientAs(Persona.TOWNSHIP),
				"/ledgers/inspections.xlsx?campaign=" + campaign + "&grid=" + TOWNSHIP_A);
		assertThat(key.rows().size() + ordinary.rows().size()).isEqualTo(inspections.size());
		Map<String, String> methods = terms(graphQlAs(Persona.COUNTY), "VisitMethod");
		Map<String, String> conclusions = terms(graphQlAs(Persona.COUNTY), "InspectionConclusion");
		int k = 0;
		int o = 0;
		for (Map<String, Object> inspection : inspections) {
			Map<String, Object> household = map(inspection, "household");
			String grid = (String) map(household, "grid").get("code");
			boolean isKey = this.jdbc.queryForObject(
					"SELECT key_household FROM inspection WHERE household_id = ? AND campaign_id = ?", Boolean.class,
					rowId((String) household.get("id")), rowId(campaign));
			Map<String, String> expected = new HashMap<>();
			expected.put("序号", String.valueOf((isKey ? k : o) + 1));
			expected.put("镇街", gridName(this.jdbc, grid.substring(0, 9)));
			expected.put("行政村", gridName(this.jdbc, grid.substring(0, 12)));
			expected.put("户主姓名", text(map(household, "head").get("name")));
			expected.put("家庭人口", text(household.get("population")));
			expected.put("联系电话", text(household.get("phone")));
			expected.put("家庭情况", text(inspection.get("familySituation")));
			expected.put("排查人", text(inspection.get("inspectorName")));
			expected.put("排查员", text(inspection.get("inspectorName")));
			expected.put("会议研判结论", (inspection.get("conclusion") == null) ? "" : conclusions.get((String) inspection.get("conclusion")));
			expected.put("备注", text(inspection.get("note")));
			expected.put("排查日期", text(inspection.get("inspectedOn")));
			expected.put("排查方式", methods.get((String) inspection.get("method")));
			expected.put("近期是否发生风险", ((Boolean) inspection.get("riskFound")) ? "是" : "否");
			expected.put("是否基本了解防返贫政策", ((Boolean) inspection.get("policyAware")) ? "是" : "否");
			assertRow("inspection", isKey ? key : ordinary, isKey ? k++ : o++, expected);
		}

		// the ledger list offers them for the campaign
		assertThat(graphQlAs(Persona.TOWNSHIP)
			.document("query($c: ID) { ledgers(gridCode: \"" + TOWNSHIP_A + "\", campaignId: $c) { ledger url } }")
			.variable("c", campaign)
			.execute()
			.path("ledgers[*].ledger")
			.entityList(String.class)
			.get()).contains("PROGRESS", "PROBLEMS", "KEY_INSPECTIONS", "INSPECTIONS");
	}

	@Test
	void aGridWorkerHasNoProgressTableOfItsGroup() {
		String campaign = graphQlAs(Persona.COUNTY).documentName("campaign")
			.operationName("openCampaign")
			.variable("input", Map.of("name", "周五报表权限", "startsOn", today().toString(), "endsOn",
					today().plusDays(20).toString(), "gridCodes", List.of(TOWNSHIP_A), "incomeLine", 6700))
			.execute()
			.path("openCampaign.campaign.id")
			.entity(String.class)
			.get();
		clientAs(Persona.WORKER).get()
			.uri("/ledgers/progress.xlsx?campaign=" + campaign + "&grid=" + GROUP_A1_1)
			.exchange()
			.expectStatus()
			.isBadRequest();
		clientAs(Persona.WORKER).get()
			.uri("/ledgers/progress.xlsx?campaign=" + campaign)
			.exchange()
			.expectStatus()
			.is4xxClientError();
		clientAs(Persona.VILLAGE).get()
			.uri("/ledgers/problems.xlsx")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

	/** The sheet's figure cells are exactly the API's figures, column by column, in the order of the headers. */
	private void assertFigures(List<String> headers, List<String> row, Map<String, Object> figures) {
		List<String> expected = new ArrayList<>();
		for (ProgressColumn column : ProgressColumn.values()) {
			expected.add(String.valueOf(figures.get(column.field())));
		}
		for (Map<String, Object> included : maps(figures.get("included"))) {
			expected.add(String.valueOf(included.get("households")));
			expected.add(String.valueOf(included.get("people")));
		}
		Map<String, Object> causes = maps(figures.get("includedByCause")).stream()
			.collect(Collectors.toMap((cause) -> (String) cause.get("riskType"), (cause) -> cause.get("households")));
		for (RiskType risk : RiskType.values()) {
			expected.add(String.valueOf(causes.getOrDefault(risk.name(), 0)));
		}
		assertThat(row.subList(FIXED_COLUMNS, headers.size())).isEqualTo(expected);
		assertThat(row.get(2)).isEqualTo(((Integer) figures.get("deploymentMeetings") > 0) ? "是" : "否");
	}

	private static Map<String, String> row(List<String> headers, List<String> row) {
		Map<String, String> byHeader = new LinkedHashMap<>();
		for (int c = 0; c < headers.size(); c++) {
			byHeader.put(headers.get(c), row.get(c));
		}
		return byHeader;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> figures(Map<String, Object> row, String period) {
		return (Map<String, Object>) row.get(period);
	}

	private Map<String, Map<String, Object>> progress(String campaign, String level) {
		List<Map<String, Object>> rows = maps(graphQlAs(Persona.TOWNSHIP).documentName("campaign")
			.operationName("campaignProgress")
			.variable("campaignId", campaign)
			.variable("level", level)
			.variable("gridCode", TOWNSHIP_A)
			.execute()
			.path("campaignProgress.rows")
			.entityList(Map.class)
			.get());
		Map<String, Map<String, Object>> byGrid = new LinkedHashMap<>();
		rows.forEach((row) -> byGrid.put((String) map(row, "grid").get("code"), row));
		return byGrid;
	}

	private Map<String, Object> inspect(Persona persona, String campaign, String household, boolean riskFound) {
		Map<String, Object> input = new HashMap<>(Map.of("campaignId", campaign, "householdId", household, "method",
				"IN_PERSON", "inspectedOn", today().toString(), "riskFound", riskFound, "policyAware", true));
		if (riskFound) {
			input.put("familySituation", "户主患病住院，医疗支出约2万元");
		}
		for (String mutation : List.of("recordInspection", "recordKeyHouseholdInspection")) {
			GraphQlTester.Response response = act(persona, mutation, input);
			if (response.path(mutation + ".userErrors").entityList(Object.class).get().isEmpty()) {
				return response.path(mutation + ".inspection").entity(Map.class).get();
			}
		}
		throw new AssertionError("not inspected: " + household);
	}

	private String freshHousehold(String group) {
		return act(Persona.WORKER, "registerHousehold", TestData.registration(group, TestData.newIdNumber()))
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response act(Persona persona, String operation, Map<String, Object> input) {
		return graphQlAs(persona).documentName("campaign").operationName(operation).variable("input", input).execute();
	}

	private LocalDate today() {
		return this.clock.instant().atZone(ZONE).toLocalDate();
	}

}
