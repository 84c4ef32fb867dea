package org.fangpin.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.monitoring.CaseStatus;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.fangpin.support.Spreadsheets;
import org.fangpin.support.Spreadsheets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.ledger.LedgerCells.assertRow;
import static org.fangpin.ledger.LedgerCells.gridName;
import static org.fangpin.ledger.LedgerCells.map;
import static org.fangpin.ledger.LedgerCells.maps;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.ledger.LedgerCells.terms;
import static org.fangpin.ledger.LedgerCells.text;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;

/**
 * Every cell of the case ledgers (附件4, 附件5) and of the grid ledger is the API's answer for the same record,
 * for every persona that may download them: the same rows in the same order, each column filled from the field
 * it names, released as the API releases that field, or left out where the caller may not ask for it.
 */
class LedgerCellsTest extends ApiTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final long CAMPAIGN = 910_200_001L;

	private static final List<Persona> CASE_READERS = List.of(Persona.WORKER, Persona.VILLAGE, Persona.TOWNSHIP,
			Persona.COUNTY, Persona.AUDITOR, Persona.CIVIL, Persona.HEALTH_SYSTEM);

	private static final List<Persona> DEPARTMENTS = List.of(Persona.CIVIL, Persona.HEALTH_SYSTEM);

	private final CaseFixtures fixtures = new CaseFixtures();

	private long nextCheck = 910_200_100L;

	@BeforeEach
	void casesLookedBackAndReviewed() {
		this.jdbc.update("""
				INSERT INTO campaign (id, name, county_code, starts_on, ends_on, income_line, opened_by, opened_at)
				VALUES (?, '台账测试', ?, ?, ?, 6700, '测试', NOW(3))""", CAMPAIGN, COUNTY, LocalDate.now().minusDays(20),
				LocalDate.now().plusDays(20));
		// eliminated: one looked back twice (the later look back is the ledger's), one never
		long stable = caseOf(this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "RISK_ELIMINATED", "ILLNESS"));
		check(stable, "LOOK_BACK", 10, true, true, true, true, false, false, null, "首次回头看");
		check(stable, "LOOK_BACK", 2, true, true, false, true, true, false, null, "住房待加固，需重新标注");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "RISK_ELIMINATED", "DISASTER");
		// not eliminated: reviewed with measures still open, reviewed as ready, never reviewed
		long household = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS,HOUSING_UNSAFE");
		this.fixtures.measure(this.jdbc, household, "HEALTH", "慢病签约服务", "COMPLETED");
		this.fixtures.measure(this.jdbc, household, "HOUSING", "危房改造", "IN_PROGRESS");
		check(caseOf(household), "REVIEW", 3, null, false, null, null, null, null, false, "危房改造未完工");
		long ready = caseOf(this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "PENDING_ACCEPTANCE", "INCOME_DROP"));
		check(ready, "REVIEW", 1, null, true, null, null, null, null, true, null);
		// a case with no measures at all: the ledger says what the review said, not "no open measure"
		long bare = caseOf(this.fixtures.monitoredHousehold(this.jdbc, GROUP_B1_1, "MONITORING", "ILLNESS"));
		check(bare, "REVIEW", 1, null, false, null, null, null, null, false, null);
	}

	@AfterEach
	void removeCases() {
		this.jdbc.update("DELETE FROM case_check WHERE campaign_id = ?", CAMPAIGN);
		this.jdbc.update("DELETE FROM campaign WHERE id = ?", CAMPAIGN);
		this.fixtures.remove(this.jdbc);
	}

	@Test
	void everyCellOfTheCaseLedgersIsTheApisAnswerForTheSameCase() {
		for (Persona persona : CASE_READERS) {
			compareCases(persona, "eliminated", List.of("RISK_ELIMINATED"));
			compareCases(persona, "not-eliminated", CaseStatus.names(CaseStatus::isMonitored));
		}
		// what the records hold is in the county's copy: the later look back, the reviews as recorded
		Table eliminated = download(Persona.COUNTY, "eliminated");
		assertThat(eliminated.column("备注")).contains("住房待加固，需重新标注").doesNotContain("首次回头看");
		assertThat(eliminated.column("是否需要重新标注或备注")).contains("是", "");
		Table open = download(Persona.COUNTY, "not-eliminated");
		assertThat(open.column("帮扶是否落实")).contains("否", "是");
		assertThat(open.column("是否达到消除标准")).contains("否", "是");
		// a department's copy has no column of a field it may not ask for
		assertThat(download(Persona.CIVIL, "eliminated").headers()).doesNotContain("收入是否持续稳定", "备注");
	}

	@Test
	void everyCellOfTheGridLedgerIsWhatGridWorkersReads() {
		for (Persona persona : List.of(Persona.WORKER, Persona.VILLAGE, Persona.TOWNSHIP, Persona.COUNTY,
				Persona.AUDITOR, Persona.CIVIL)) {
			Table sheet = download(persona, "grid-workers");
			List<String> groups = groupsOf(sheet);
			assertThat(sheet.rows()).as(persona.name()).isNotEmpty();
			for (int i = 0; i < sheet.rows().size(); i++) {
				String group = groups.get(i);
				String village = group.substring(0, 12);
				Map<String, Object> groupGrid = grid(persona, group, "GRID_WORKER");
				Map<String, Object> villageGrid = grid(persona, village, "VILLAGE_CADRE");
				Map<String, String> expected = new HashMap<>();
				expected.put("序号", String.valueOf(i + 1));
				expected.put("乡镇（街道、开发区）", gridName(this.jdbc, group.substring(0, 9)));
				expected.put("村", gridName(this.jdbc, village));
				expected.put("村组网格名称", gridName(this.jdbc, group));
				expected.put("农户数", String.valueOf(groupGrid.get("householdCount")));
				expected.put("村组网格员姓名", workers(groupGrid, "name"));
				expected.put("村组网格员联系电话", workers(groupGrid, "phone"));
				expected.put("村级网格员姓名", workers(villageGrid, "name"));
				expected.put("村级网格员联系电话", workers(villageGrid, "phone"));
				List<Map<String, Object>> contacts = contactCadres(persona, group);
				expected.put("包保乡村干部姓名", joined(contacts, "name"));
				expected.put("包保乡村干部联系电话", joined(contacts, "phone"));
				assertRow(persona.name(), sheet, i, expected);
			}
		}
		// the demo group's worker, with their phone, in full to the village and masked for the auditor
		assertThat(download(Persona.VILLAGE, "grid-workers").column("村组网格员联系电话")).contains("13800001234");
		assertThat(download(Persona.AUDITOR, "grid-workers").column("村组网格员联系电话")).contains("138****1234");
	}

	@Test
	void theGridLedgerNamesEachGroupsContactCadreAsTheGridAdministratorsPostedThem() {
		Map<String, Object> post = Map.of("username", "worker", "gridCode", GROUP_A1_1, "post", "GROUP_CONTACT_CADRE");
		try {
			graphQlAs(Persona.ADMIN).documentName("gridAdmin")
				.operationName("assignPost")
				.variable("input", post)
				.execute()
				.path("assignPost.userErrors")
				.entityList(Object.class)
				.hasSize(0);
			for (Persona persona : List.of(Persona.VILLAGE, Persona.AUDITOR)) {
				Table sheet = download(persona, "grid-workers");
				int row = groupsOf(sheet).indexOf(GROUP_A1_1);
				List<Map<String, Object>> contacts = contactCadres(persona, GROUP_A1_1);
				assertThat(contacts).as(persona.name()).hasSize(1);
				assertThat(sheet.rows().get(row).get(sheet.headers().indexOf("包保乡村干部姓名")))
					.isEqualTo(joined(contacts, "name"))
					.isNotEmpty();
				assertThat(sheet.rows().get(row).get(sheet.headers().indexOf("包保乡村干部联系电话")))
					.isEqualTo(joined(contacts, "phone"))
					.isEqualTo((persona == Persona.VILLAGE) ? "13800001234" : "138****1234");
			}
		}
		finally {
			graphQlAs(Persona.ADMIN).documentName("gridAdmin").operationName("removePost").variable("input", post).execute();
		}
	}

	// the case ledgers

	private void compareCases(Persona persona, String ledger, List<String> statuses) {
		Table sheet = download(persona, ledger);
		List<Map<String, Object>> cases = cases(persona, statuses);
		assertThat(sheet.rows()).as(persona + " " + ledger).hasSize(cases.size());
		Map<String, String> types = terms(graphQlAs(Persona.COUNTY), "CaseType");
		Map<String, String> risks = terms(graphQlAs(Persona.COUNTY), "RiskType");
		for (int i = 0; i < cases.size(); i++) {
			Map<String, Object> found = cases.get(i);
			Map<String, Object> household = map(found, "household");
			String group = (String) map(household, "grid").get("code");
			Map<String, Object> lookBack = latest(found, "LOOK_BACK");
			Map<String, Object> review = latest(found, "REVIEW");
			Map<String, String> expected = new HashMap<>();
			expected.put("序号", String.valueOf(i + 1));
			expected.put("镇街", gridName(this.jdbc, group.substring(0, 9)));
			expected.put("行政村", gridName(this.jdbc, group.substring(0, 12)));
			expected.put("户主姓名", text(map(household, "head").get("name")));
			expected.put("家庭人口", text(household.get("population")));
			expected.put("联系电话", text(household.get("phone")));
			expected.put("对象类型", types.get((String) found.get("type")));
			expected.put("风险类型", list(found.get("riskTypes")).stream().map(risks::get).collect(Collectors.joining("、")));
			expected.put("纳入时间", day(found.get("identifiedAt")));
			expected.put("销号日期", day(found.get("closedAt")));
			expected.put("已落实帮扶措施", maps(found.get("measures")).stream()
				.filter((measure) -> "COMPLETED".equals(measure.get("status")))
				.map((measure) -> (String) measure.get("content"))
				.collect(Collectors.joining("；")));
			expected.put("收入是否持续稳定", yesNo(lookBack, "incomeStable"));
			expected.put("帮扶措施是否落实", yesNo(lookBack, "measuresDone"));
			expected.put("“三保障”及饮水安全持续巩固是否持稳续", yesNo(lookBack, "guaranteesSecured"));
			expected.put("风险消除是否持稳续", yesNo(lookBack, "eliminationStable"));
			expected.put("是否需要重新标注或备注", yesNo(lookBack, "needsRemarking"));
			expected.put("是否需要清退", yesNo(lookBack, "needsClearance"));
			expected.put("帮扶是否落实", yesNo(review, "measuresDone"));
			expected.put("是否达到消除标准", yesNo(review, "meetsElimination"));
			expected.put("备注", text(((ledger.equals("eliminated")) ? lookBack : review).get("note")));
			assertRow(persona.name(), sheet, i, expected);
		}
	}

	/** The case's latest check of the kind: the first campaignChecks lists (latest day first). */
	private static Map<String, Object> latest(Map<String, Object> found, String kind) {
		Object checks = found.get("campaignChecks");
		return (checks == null) ? Map.of() : maps(checks).stream()
			.filter((check) -> kind.equals(check.get("kind")))
			.findFirst()
			.orElse(Map.of());
	}

	private static String yesNo(Map<String, Object> check, String field) {
		Object answer = check.get(field);
		return (answer == null) ? "" : ((Boolean) answer) ? "是" : "否";
	}

	private static String day(Object dateTime) {
		return (dateTime == null) ? "" : Instant.parse((String) dateTime).atZone(ZONE).toLocalDate().toString();
	}

	private List<Map<String, Object>> cases(Persona persona, List<String> statuses) {
		List<Map<String, Object>> all = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = graphQlAs(persona).documentName("ledger")
				.operationName(DEPARTMENTS.contains(persona) ? "departmentLedgerCases" : "ledgerCases")
				.variable("statuses", statuses)
				.variable("after", after)
				.execute();
			all.addAll(maps(page.path("cases.edges[*].node").entityList(Map.class).get()));
			more = page.path("cases.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("cases.pageInfo.endCursor").entity(String.class).get();
		}
		return all;
	}

	// the grid ledger

	/** The group grid of each row, by its township's, village's and own names. */
	private List<String> groupsOf(Table sheet) {
		Map<String, String> byNames = new HashMap<>();
		this.jdbc.queryForList("""
				SELECT g.code, CONCAT(t.name, '/', v.name, '/', g.name) AS names FROM grid g
				JOIN grid v ON v.code = g.parent_code JOIN grid t ON t.code = v.parent_code WHERE g.level = 'GROUP'""")
			.forEach((row) -> byNames.put((String) row.get("names"), (String) row.get("code")));
		return sheet.rows()
			.stream()
			.map((row) -> Objects.requireNonNull(byNames.get(row.get(1) + "/" + row.get(2) + "/" + row.get(3))))
			.toList();
	}

	/** The grid as the persona reads it, or nothing where it may not (a group's worker, their village). */
	@SuppressWarnings("unchecked")
	private Map<String, Object> grid(Persona persona, String code, String role) {
		GraphQlTester.Response response = graphQlAs(persona).documentName("ledger")
			.operationName("ledgerGrid")
			.variable("code", code)
			.variable("role", role)
			.execute();
		List<String> codes = new ArrayList<>();
		response.errors().satisfy((errors) -> errors.forEach((error) -> codes.add(String.valueOf(error.getExtensions().get("code")))));
		if (!codes.isEmpty()) {
			assertThat(codes).as(persona + " " + code).containsOnly("NOT_FOUND");
			return Map.of();
		}
		return response.path("grid").entity(Map.class).get();
	}

	/** The group's 包保乡村干部 as Grid.posts answers them; none to whom the grid's people are not shown. */
	private List<Map<String, Object>> contactCadres(Persona persona, String group) {
		GraphQlTester.Response response = graphQlAs(persona).documentName("ledger")
			.operationName("ledgerGridPosts")
			.variable("code", group)
			.execute();
		List<String> codes = new ArrayList<>();
		response.errors().satisfy((errors) -> errors.forEach((error) -> codes.add(String.valueOf(error.getExtensions().get("code")))));
		if (!codes.isEmpty()) {
			assertThat(codes).as(persona + " " + group).containsAnyOf("NOT_FOUND", "FORBIDDEN");
			return List.of();
		}
		return maps(response.path("grid.posts").entityList(Map.class).get()).stream()
			.filter((post) -> "GROUP_CONTACT_CADRE".equals(post.get("post")))
			.toList();
	}

	private static String joined(List<Map<String, Object>> people, String field) {
		return people.stream().map((person) -> text(person.get(field))).collect(Collectors.joining("、"));
	}

	private static String workers(Map<String, Object> grid, String field) {
		if (grid.isEmpty()) {
			return "";
		}
		return maps(map(grid, "workers").get("edges")).stream()
			.map((edge) -> text(map(edge, "node").get(field)))
			.collect(Collectors.joining("、"));
	}

	// fixtures and plumbing

	private long caseOf(long household) {
		return this.jdbc.queryForObject("SELECT MAX(id) FROM monitored_case WHERE household_id = ?", Long.class,
				household);
	}

	private void check(long caseId, String kind, int daysAgo, Boolean incomeStable, boolean measuresDone,
			Boolean guaranteesSecured, Boolean eliminationStable, Boolean needsRemarking, Boolean needsClearance,
			Boolean meetsElimination, String note) {
		LocalDate day = LocalDate.now(ZONE).minusDays(daysAgo);
		this.jdbc.update("""
				INSERT INTO case_check (id, campaign_id, case_id, kind, income_stable, measures_done, guarantees_secured,
				  elimination_stable, needs_remarking, needs_clearance, meets_elimination, note, checked_on, checked_by,
				  recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '村委会', NOW(3))""", this.nextCheck++, CAMPAIGN, caseId,
				kind, incomeStable, measuresDone, guaranteesSecured, eliminationStable, needsRemarking, needsClearance,
				meetsElimination, note, day);
	}

	private Table download(Persona persona, String ledger) {
		return Spreadsheets.download(clientAs(persona), "/ledgers/" + ledger + ".xlsx");
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return (List<String>) value;
	}

}
