package org.fangpin.statistics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * The dashboard's figures agree with what the test counts itself in the tables, for every level a persona
 * holds, in total and per child grid, once the snapshot is counted; they say when that was; outside the scope
 * there are none.
 */
class StatisticsTest extends ApiTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** A year no other test records: the latest record of any household, with a line of its own. */
	private static final int INCOME_YEAR = 2099;

	private final CaseFixtures fixtures = new CaseFixtures();

	@Autowired
	private StatisticsService statistics;

	@Autowired
	private FiguresSnapshot snapshot;

	@BeforeEach
	void cases() {
		long sick = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "DISASTER,ILLNESS");
		this.fixtures.measure(this.jdbc, sick, "HEALTH", "慢病签约服务", "IN_PROGRESS");
		this.fixtures.measure(this.jdbc, sick, "INDUSTRY", "发展中蜂养殖", "COMPLETED");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "PENDING_APPRAISAL", "ILLNESS");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "RISK_ELIMINATED", "INCOME_DROP");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_B1_1, "MONITORING", "HOUSING_UNSAFE");
		this.statistics.refresh();
	}

	@AfterEach
	void removeCases() {
		this.fixtures.remove(this.jdbc);
		this.jdbc.update("DELETE FROM income_record WHERE year = ?", INCOME_YEAR);
		this.jdbc.update("DELETE FROM income_line WHERE year = ?", INCOME_YEAR);
		this.jdbc.update("DELETE FROM visit WHERE visitor_name = '统计测试'");
		// a snapshot timed by a clock moved forward would outlast real time: the next reader counts afresh
		this.jdbc.update("UPDATE figures_snapshot SET as_of = NULL");
	}

	@Test
	void figuresAreThoseOfTheLastRefreshAndSayWhenItWas() {
		Instant counted = this.statistics.refresh();
		GraphQlTester.Response response = statistics(Persona.WORKER, GROUP_A1_1);
		assertThat(asOf(response)).isEqualTo(counted);
		int monitored = response.path("statistics.total.monitoredHouseholds").entity(Integer.class).get();
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		// not yet counted: the dashboard still shows the snapshot, and says how old it is
		statistics(Persona.WORKER, GROUP_A1_1).path("statistics.total.monitoredHouseholds").entity(Integer.class)
			.isEqualTo(monitored);
		Instant later = this.statistics.refresh();
		response = statistics(Persona.WORKER, GROUP_A1_1);
		response.path("statistics.total.monitoredHouseholds").entity(Integer.class).isEqualTo(monitored + 1);
		assertThat(asOf(response)).isEqualTo(later);
	}

	@Test
	void figuresKeptByAnInstanceGiveWayToASnapshotAnotherInstanceWrote() {
		int monitored = statistics(Persona.WORKER, GROUP_A1_1).path("statistics.total.monitoredHouseholds")
			.entity(Integer.class)
			.get();
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		// written past this instance's dashboard service: it learns of the new snapshot by its time alone
		this.clock.advance(Duration.ofSeconds(1));
		Instant written = this.snapshot.refresh();
		GraphQlTester.Response response = statistics(Persona.WORKER, GROUP_A1_1);
		response.path("statistics.total.monitoredHouseholds").entity(Integer.class).isEqualTo(monitored + 1);
		assertThat(asOf(response)).isEqualTo(written);
	}

	@Test
	void aRefreshThatStartedBeforeTheLastWrittenLeavesItAlone() {
		// another instance's refresh, started later (its clock an hour ahead), was written first
		this.clock.advance(Duration.ofHours(1));
		Instant newer = this.statistics.refresh();
		this.clock.reset();
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		assertThat(this.statistics.refresh()).isEqualTo(newer);
		assertThat(asOf(statistics(Persona.WORKER, GROUP_A1_1))).isEqualTo(newer);
		assertThat(statistics(Persona.WORKER, GROUP_A1_1).path("statistics.total.monitoredHouseholds")
			.entity(Integer.class)
			.get()).isLessThan((int) count("SELECT COUNT(*) FROM monitored_case c JOIN household h ON h.id = c.household_id"
					+ " WHERE h.group_code = ? AND c.active_household_id IS NOT NULL", GROUP_A1_1));
	}

	@Test
	void everyLevelSeesFiguresThatAgreeWithItsOwnCounts() {
		assertAgrees(Persona.COUNTY, COUNTY, "county_code", "township_code");
		assertAgrees(Persona.AUDITOR, COUNTY, "county_code", "township_code");
		assertAgrees(Persona.TOWNSHIP, TOWNSHIP_A, "township_code", "village_code");
		assertAgrees(Persona.VILLAGE, VILLAGE_A1, "village_code", "group_code");
		assertAgrees(Persona.WORKER, GROUP_A1_1, "group_code", null);
		assertAgrees(Persona.COUNTY, VILLAGE_A1, "village_code", "group_code");
	}

	@Test
	void casesAreCountedByTypeStatusRiskAndDeadline() {
		GraphQlTester.Response response = statistics(Persona.VILLAGE, VILLAGE_A1);
		Map<String, Object> total = response.path("statistics.total").entity(Map.class).get();
		assertThat(breakdown(total, "activeCasesByRiskType")).containsEntry("ILLNESS",
				(int) count(casesUnder(VILLAGE_A1) + " AND c.active_household_id IS NOT NULL AND c.risk_types LIKE '%ILLNESS%'"));
		assertThat(breakdown(total, "casesByStatus")).containsEntry("RISK_ELIMINATED",
				(int) count(casesUnder(VILLAGE_A1) + " AND c.status = 'RISK_ELIMINATED'"));
		assertThat(total.get("overdueCases")).isEqualTo((int) count(casesUnder(VILLAGE_A1)
				+ " AND c.deadline < NOW(3) AND c.status IN ('PENDING_COMMITMENT','PENDING_APPRAISAL','IN_NOTICE',"
				+ "'PENDING_VERIFICATION','PENDING_APPROVAL')"));
		assertThat((int) total.get("overdueCases")).isPositive();
		assertThat(total.get("eliminatedThisYear")).isEqualTo((int) count(casesUnder(VILLAGE_A1)
				+ " AND c.status = 'RISK_ELIMINATED' AND YEAR(c.closed_at) = YEAR(NOW())"));
		assertThat(breakdown(total, "measuresByCategory")).containsEntry("HEALTH", (int) count(
				"SELECT COUNT(*) FROM measure m JOIN monitored_case c ON c.id = m.case_id JOIN household h ON h.id = c.household_id"
						+ " WHERE h.village_code = ? AND m.category = 'HEALTH'", VILLAGE_A1));
		// the other township's case is not in this village's figures, nor in the township A's
		Map<String, Object> township = statistics(Persona.TOWNSHIP, TOWNSHIP_A).path("statistics.total")
			.entity(Map.class)
			.get();
		assertThat(breakdown(township, "activeCasesByRiskType")).doesNotContainKey("HOUSING_UNSAFE");
	}

	@Test
	void visitsThisMonthAndIncomeUnderTheLineAreCounted() {
		Map<String, Object> before = statistics(Persona.WORKER, GROUP_A1_1).path("statistics.total").entity(Map.class).get();
		List<Long> households = this.jdbc.queryForList("SELECT id FROM household WHERE group_code = ? ORDER BY id LIMIT 2",
				Long.class, GROUP_A1_1);
		this.jdbc.update("INSERT INTO income_line (id, year, region_prefix, amount, set_by, set_at) VALUES (?, ?, '999901', 6700, '测试', NOW(3))",
				910_000_001L, INCOME_YEAR);
		// per capita far under the line, and far above it
		income(910_000_002L, households.get(0), 100);
		income(910_000_003L, households.get(1), 10_000_000);
		Instant thisMonth = YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).toInstant().plus(1, ChronoUnit.HOURS);
		this.jdbc.update("""
				INSERT INTO visit (id, household_id, visitor_name, visitor_roles, method, visited_at, risk_found, policy_aware, recorded_at)
				VALUES (?, ?, '统计测试', 'grid-worker', 'PHONE', ?, FALSE, TRUE, NOW(3))""", 910_000_004L, households.get(0),
				Timestamp.from(thisMonth));
		this.statistics.refresh();
		Map<String, Object> after = statistics(Persona.WORKER, GROUP_A1_1).path("statistics.total").entity(Map.class).get();
		assertThat((int) after.get("incomeBelowLine")).isEqualTo((int) before.get("incomeBelowLine") + 1);
		assertThat(after.get("visitedThisMonth")).isEqualTo((int) count(
				"SELECT COUNT(DISTINCT v.household_id) FROM visit v JOIN household h ON h.id = v.household_id WHERE h.group_code = ? AND v.visited_at >= ?",
				GROUP_A1_1, Timestamp.from(thisMonth.minus(1, ChronoUnit.HOURS))));
		assertThat((int) after.get("visitedThisMonth")).isPositive();
	}

	@Test
	void gridsOutsideTheScopeHaveNoFiguresAndDepartmentsNoDashboard() {
		assertError(statistics(Persona.WORKER, VILLAGE_A1), ErrorCode.NOT_FOUND, "statistics");
		assertError(statistics(Persona.WORKER2, GROUP_A1_1), ErrorCode.NOT_FOUND, "statistics");
		assertError(statistics(Persona.VILLAGE, TOWNSHIP_A), ErrorCode.NOT_FOUND, "statistics");
		assertError(statistics(Persona.RESIDENT, GROUP_A1_1), ErrorCode.NOT_FOUND, "statistics");
		graphQlAs(Persona.CIVIL).documentName("statistics")
			.variable("gridCode", COUNTY)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
	}

	private void income(long id, long household, int wage) {
		this.jdbc.update("""
				INSERT INTO income_record (id, household_id, year, wage_income, operating_income, property_income, transfer_income,
				  productive_expenditure, medical_expenditure, education_expenditure, other_rigid_expenditure, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, '测试', NOW(3))""", id, household, INCOME_YEAR, wage);
	}

	@SuppressWarnings("unchecked")
	private void assertAgrees(Persona persona, String grid, String column, String childColumn) {
		GraphQlTester.Response response = statistics(persona, grid);
		response.path("statistics.grid.code").entity(String.class).isEqualTo(grid);
		Map<String, Object> total = response.path("statistics.total").entity(Map.class).get();
		assertFigures(total, column, grid);
		List<Map<String, Object>> children = response.path("statistics.children").entityList(Map.class).get()
			.stream().map((child) -> (Map<String, Object>) child).toList();
		if (childColumn == null) {
			assertThat(children).isEmpty();
			return;
		}
		assertThat(children).hasSize((int) count("SELECT COUNT(*) FROM grid WHERE parent_code = ?", grid));
		for (Map<String, Object> child : children) {
			assertFigures(child, childColumn, (String) ((Map<String, Object>) child.get("grid")).get("code"));
		}
	}

	private void assertFigures(Map<String, Object> figures, String column, String grid) {
		String households = "SELECT COUNT(*) FROM household h WHERE h." + column + " = ?";
		assertThat(figures.get("households")).as(grid).isEqualTo((int) count(households, grid));
		assertThat(figures.get("alleviatedHouseholds")).as(grid)
			.isEqualTo((int) count(households + " AND h.category = 'ALLEVIATED'", grid));
		assertThat(figures.get("people")).as(grid).isEqualTo((int) count(
				"SELECT COUNT(*) FROM member m JOIN household h ON h.id = m.household_id WHERE h." + column + " = ?", grid));
		String cases = "SELECT COUNT(*) FROM monitored_case c JOIN household h ON h.id = c.household_id WHERE h." + column + " = ?";
		assertThat(figures.get("monitoredHouseholds")).as(grid)
			.isEqualTo((int) count(cases + " AND c.status IN " + statuses(CaseStatus::isMonitored), grid));
		assertThat(figures.get("identifyingHouseholds")).as(grid)
			.isEqualTo((int) count(cases + " AND c.status IN " + statuses(CaseStatus::isIdentifying), grid));
		assertThat(breakdown(figures, "activeCasesByType")).as(grid)
			.isEqualTo(this.jdbc.queryForList("SELECT c.type, COUNT(*) AS n FROM monitored_case c JOIN household h ON h.id = c.household_id"
					+ " WHERE h." + column + " = ? AND c.active_household_id IS NOT NULL GROUP BY c.type", grid)
				.stream()
				.collect(Collectors.toMap((row) -> (String) row.get("type"), (row) -> ((Number) row.get("n")).intValue())));
		assertThat(breakdown(figures, "measuresByStatus").values().stream().mapToInt(Integer::intValue).sum()).as(grid)
			.isEqualTo((int) count("SELECT COUNT(*) FROM measure m JOIN monitored_case c ON c.id = m.case_id"
					+ " JOIN household h ON h.id = c.household_id WHERE h." + column + " = ?", grid));
	}

	private static String statuses(Predicate<CaseStatus> which) {
		return "('" + String.join("','", CaseStatus.names(which)) + "')";
	}

	private static String casesUnder(String village) {
		return "SELECT COUNT(*) FROM monitored_case c JOIN household h ON h.id = c.household_id WHERE h.village_code = '"
				+ village + "'";
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Integer> breakdown(Map<String, Object> figures, String field) {
		return ((List<Map<String, Object>>) figures.get(field)).stream()
			.collect(Collectors.toMap((row) -> (String) row.get("key"), (row) -> (Integer) row.get("count")));
	}

	private static Instant asOf(GraphQlTester.Response response) {
		return Instant.parse(response.path("statistics.asOf").entity(String.class).get());
	}

	private GraphQlTester.Response statistics(Persona persona, String grid) {
		return graphQlAs(persona).documentName("statistics").variable("gridCode", grid).execute();
	}

}
