package org.fangpin.quality;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.IdNumber;
import org.fangpin.statistics.StatisticsService;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * Each check finds the record that is wrong, names what to fix, stays within the caller's scope, and the
 * dashboard counts what the last sweep recorded, which is what the list showed then; a corrected record is no
 * longer a finding, and the sweep records when it was resolved.
 */
class QualityTest extends ApiTest {

	/** A year no other test records: the latest record of any household, with a line of its own. */
	private static final int INCOME_YEAR = 2099;

	private final CaseFixtures fixtures = new CaseFixtures();

	@Autowired
	private FindingSweep sweep;

	@Autowired
	private StatisticsService statistics;

	/** SQL that puts back what a test changed in the demo data. */
	private final List<String> restore = new ArrayList<>();

	@AfterEach
	void putBack() {
		this.fixtures.remove(this.jdbc);
		this.restore.forEach(this.jdbc::update);
		this.restore.clear();
		this.jdbc.update("DELETE FROM income_record WHERE year = ?", INCOME_YEAR);
		this.jdbc.update("DELETE FROM income_line WHERE year = ?", INCOME_YEAR);
		this.jdbc.update("DELETE FROM member WHERE id >= 1000000 AND name = '质量测试'");
		this.jdbc.update("DELETE FROM other_county_person");
	}

	@Test
	void aMemberInAnotherCountysRecordsIsFoundByTheHashOfTheIdNumber() {
		long household = this.jdbc.queryForObject("SELECT MIN(id) FROM household WHERE group_code = ?", Long.class,
				GROUP_A1_1);
		Map<?, ?> head = graphQlAs(Persona.VILLAGE)
			.document("query($id: ID!) { household(id: $id) { head { name idNumber } } }")
			.variable("id", globalId("Household", household))
			.execute()
			.path("household.head")
			.entity(Map.class)
			.get();
		// the province reports the head, and someone unknown here, as registered in county 999902
		Map<String, Object> list = new HashMap<>(Map.of("countyCode", COUNTY, "otherCountyCode", "999902", "idNumbers",
				List.of(head.get("idNumber"), TestData.newIdNumber(), head.get("idNumber")), "replace", true));
		assertError(loadOtherCounty(Persona.VILLAGE, list), ErrorCode.FORBIDDEN, "loadOtherCountyRecords");
		String audited = "SELECT COUNT(*) FROM audit_record WHERE operation = 'loadOtherCountyRecords'";
		long auditedBefore = count(audited);
		GraphQlTester.Response loaded = loadOtherCounty(Persona.COUNTY, list);
		loaded.path("loadOtherCountyRecords.userErrors").entityList(Object.class).hasSize(0);
		loaded.path("loadOtherCountyRecords.loaded").entity(Integer.class).isEqualTo(2);
		loaded.path("loadOtherCountyRecords.listed").entity(Integer.class).isEqualTo(2);
		assertThat(count(audited)).isEqualTo(auditedBefore + 1);
		// only the keyed hash is kept, never the number
		assertThat(count("SELECT COUNT(*) FROM other_county_person WHERE county_code = ? AND LENGTH(id_number_hash) = 32",
				COUNTY)).isEqualTo(2);

		List<Map<String, Object>> found = findingsOf(Persona.WORKER, GROUP_A1_1, "REGISTERED_IN_ANOTHER_COUNTY");
		assertThat(found).singleElement().satisfies((finding) -> {
			assertThat(rowId((String) ((Map<?, ?>) finding.get("household")).get("id"))).isEqualTo(household);
			assertThat(finding).containsEntry("memberName", head.get("name"))
				.containsEntry("otherCountyCodes", List.of("999902"));
		});
		// the worker of another township does not see it
		assertThat(findingsOf(Persona.WORKER2, GROUP_B1_1, "REGISTERED_IN_ANOTHER_COUNTY")).isEmpty();

		// a bad number refuses the whole list, naming it; a list for the county itself is refused too
		Map<String, Object> bad = new HashMap<>(list);
		bad.put("idNumbers", List.of(TestData.newIdNumber(), "9999021985061500"));
		GraphQlTester.Response refused = loadOtherCounty(Persona.COUNTY, bad);
		refused.path("loadOtherCountyRecords.userErrors[0].field[0]").entity(String.class).isEqualTo("idNumbers");
		assertThat((String) refused.path("loadOtherCountyRecords.userErrors[0].message").entity(String.class).get())
			.startsWith("第2个身份证号");
		Map<String, Object> own = new HashMap<>(list);
		own.put("otherCountyCode", COUNTY);
		loadOtherCounty(Persona.COUNTY, own).path("loadOtherCountyRecords.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("otherCountyCode");
		assertThat(count("SELECT COUNT(*) FROM other_county_person")).isEqualTo(2);

		// the province's next list no longer has the head: replaced, the finding is gone
		list.put("idNumbers", List.of(TestData.newIdNumber()));
		loadOtherCounty(Persona.COUNTY, list).path("loadOtherCountyRecords.listed").entity(Integer.class).isEqualTo(1);
		assertThat(findingsOf(Persona.WORKER, GROUP_A1_1, "REGISTERED_IN_ANOTHER_COUNTY")).isEmpty();
	}

	@Test
	void theSweepRecordsWhenAFindingIsFirstSeenAndWhenItIsResolved() {
		long household = this.jdbc.queryForObject("SELECT MIN(id) FROM household WHERE group_code = ?", Long.class,
				GROUP_A1_2);
		long head = this.jdbc.queryForObject("SELECT id FROM member WHERE relation = 'HEAD' AND household_id = ?",
				Long.class, household);
		String finding = "SELECT first_seen_on, resolved_on FROM quality_finding WHERE kind = 'NO_HEAD' AND record_id = ?";
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), InputCheck.ZONE);
		change("UPDATE member SET relation = 'OTHER' WHERE id = " + head,
				"UPDATE member SET relation = 'HEAD' WHERE id = " + head);
		assertThat(this.sweep.sweep(new GridCode(COUNTY))).isTrue();
		assertThat(this.jdbc.queryForMap(finding, household)).containsEntry("resolved_on", null)
			.containsEntry("first_seen_on", Date.valueOf(today));

		// corrected: the next sweep resolves it on its day
		this.restore.forEach(this.jdbc::update);
		this.restore.clear();
		this.sweep.sweep(new GridCode(COUNTY));
		assertThat(this.jdbc.queryForMap(finding, household)).containsEntry("resolved_on", Date.valueOf(today));

		// wrong again, it is open again, first seen when it was first seen
		this.clock.advance(Duration.ofDays(2));
		change("UPDATE member SET relation = 'OTHER' WHERE id = " + head,
				"UPDATE member SET relation = 'HEAD' WHERE id = " + head);
		this.sweep.sweep(new GridCode(COUNTY));
		assertThat(this.jdbc.queryForMap(finding, household)).containsEntry("resolved_on", null)
			.containsEntry("first_seen_on", Date.valueOf(today));

		// while another instance holds the county's lease, a sweep leaves the county to it
		this.jdbc.update("UPDATE quality_sweep SET lease_until = ? WHERE county_code = ?",
				Timestamp.from(this.clock.instant().plus(Duration.ofMinutes(5))), COUNTY);
		assertThat(this.sweep.sweep(new GridCode(COUNTY))).isFalse();
		this.jdbc.update("UPDATE quality_sweep SET lease_until = '1970-01-02 00:00:00' WHERE county_code = ?", COUNTY);
	}

	@Test
	void eachCheckFindsTheWrongRecordAndSaysWhatToFix() {
		List<Long> households = this.jdbc.queryForList("""
				SELECT h.id FROM household h WHERE h.group_code = ? AND h.category = 'ALLEVIATED'
				AND NOT h.low_income_support AND NOT h.extreme_poverty_support ORDER BY h.id LIMIT 6""", Long.class,
				GROUP_A1_1);
		long withoutYear = households.get(0);
		change("UPDATE household SET alleviation_year = NULL WHERE id = " + withoutYear,
				"UPDATE household SET alleviation_year = " + this.jdbc.queryForObject(
						"SELECT alleviation_year FROM household WHERE id = ?", Integer.class, withoutYear) + " WHERE id = " + withoutYear);
		long headless = households.get(1);
		long head = this.jdbc.queryForObject("SELECT id FROM member WHERE relation = 'HEAD' AND household_id = ?",
				Long.class, headless);
		change("UPDATE member SET relation = 'OTHER' WHERE id = " + head,
				"UPDATE member SET relation = 'HEAD' WHERE id = " + head);
		long adultPupil = households.get(2);
		change("UPDATE member SET schooling_stage = 'PRIMARY' WHERE relation = 'HEAD' AND household_id = " + adultPupil,
				"UPDATE member SET schooling_stage = NULL WHERE relation = 'HEAD' AND household_id = " + adultPupil);
		long subsidised = households.get(3);
		change("UPDATE household SET low_income_support = TRUE WHERE id = " + subsidised,
				"UPDATE household SET low_income_support = FALSE WHERE id = " + subsidised);
		long assistedAfterElimination = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "RISK_ELIMINATED", "ILLNESS");
		this.fixtures.measure(this.jdbc, assistedAfterElimination, "INDUSTRY", "养殖补贴", "IN_PROGRESS");
		long poor = households.get(4);
		this.jdbc.update("INSERT INTO income_line (id, year, region_prefix, amount, set_by, set_at) VALUES (?, ?, '999901', 6700, '测试', NOW(3))",
				920_000_001L, INCOME_YEAR);
		this.jdbc.update("""
				INSERT INTO income_record (id, household_id, year, wage_income, operating_income, property_income, transfer_income,
				  productive_expenditure, medical_expenditure, education_expenditure, other_rigid_expenditure, recorded_by, recorded_at)
				VALUES (?, ?, ?, 100, 0, 0, 0, 0, 0, 0, 0, '测试', NOW(3))""", 920_000_002L, poor, INCOME_YEAR);
		long monitored = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");

		Map<String, List<Long>> found = findings(Persona.WORKER, GROUP_A1_1);
		assertThat(found.get("ALLEVIATED_WITHOUT_YEAR")).contains(withoutYear);
		assertThat(found.get("NO_HEAD")).contains(headless);
		assertThat(found.get("SCHOOLING_IMPOSSIBLE_FOR_AGE")).contains(adultPupil);
		// subsistence alone is civil affairs' own; a measure running on after the case closed is outside the system
		assertThat(found.get("OUTSIDE_THE_SYSTEM")).contains(assistedAfterElimination).doesNotContain(subsidised);
		assertThat(found.get("SHOULD_BE_INCLUDED")).contains(poor);
		assertThat(found.get("NO_INCOME_RECORD")).contains(monitored);
		assertThat(found.get("GUARANTEES_NEVER_ASSESSED")).contains(monitored);
		graphQlAs(Persona.WORKER).documentName("dataQualityFindings")
			.variable("kind", "NO_HEAD")
			.execute()
			.path("dataQualityFindings[*].whatToFix")
			.entityList(String.class)
			.contains("农户没有户主，请核实家庭成员关系");

		// corrected, the record is no longer a finding
		this.restore.forEach(this.jdbc::update);
		this.restore.clear();
		Map<String, List<Long>> after = findings(Persona.WORKER, GROUP_A1_1);
		assertThat(after.getOrDefault("ALLEVIATED_WITHOUT_YEAR", List.of())).doesNotContain(withoutYear);
		assertThat(after.getOrDefault("NO_HEAD", List.of())).doesNotContain(headless);
		this.jdbc.update("UPDATE measure SET status = 'COMPLETED', completed_on = CURRENT_DATE WHERE case_id IN"
				+ " (SELECT id FROM monitored_case WHERE household_id = ?)", assistedAfterElimination);
		assertThat(findings(Persona.WORKER, GROUP_A1_1).getOrDefault("OUTSIDE_THE_SYSTEM", List.of()))
			.doesNotContain(assistedAfterElimination);
	}

	@Test
	void theSamePersonInTwoHouseholdsOfAVillageIsFoundOnBothSides() {
		long first = this.jdbc.queryForObject("SELECT MIN(id) FROM household WHERE group_code = ?", Long.class, GROUP_A1_1);
		long second = this.jdbc.queryForObject("SELECT MIN(id) FROM household WHERE group_code = ?", Long.class, GROUP_A1_2);
		String birthDate = graphQlAs(Persona.VILLAGE)
			.document("query($id: ID!) { household(id: $id) { head { birthDate } } }")
			.variable("id", globalId("Household", first))
			.execute()
			.path("household.head.birthDate")
			.entity(String.class)
			.get();
		// the head of the first household, registered again in the second with another number of the same birth date
		String name = this.jdbc.queryForObject("SELECT name FROM member WHERE household_id = ? AND relation = 'HEAD'",
				String.class, first);
		change("UPDATE member SET name = '质量测试' WHERE household_id = " + first + " AND relation = 'HEAD'",
				"UPDATE member SET name = '" + name + "' WHERE household_id = " + first + " AND relation = 'HEAD'");
		String first17 = "999902" + birthDate.replace("-", "") + "987";
		Map<String, Object> member = new HashMap<>(Map.of("name", "质量测试", "idNumber", first17 + IdNumber.checkCharacter(first17),
				"health", "HEALTHY", "labourCapacity", "ORDINARY", "medicalInsurance", true));
		graphQlAs(Persona.VILLAGE).documentName("addMember")
			.variable("input", Map.of("householdId", globalId("Household", second), "relation", "OTHER", "member", member))
			.execute()
			.path("addMember.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(findings(Persona.VILLAGE, VILLAGE_A1).get("SAME_PERSON_IN_TWO_HOUSEHOLDS")).contains(first, second);
		// each side names the other household to the village, which sees both
		assertThat(otherHouseholds(Persona.VILLAGE, VILLAGE_A1, first)).containsExactly(globalId("Household", second));
		assertThat(otherHouseholds(Persona.VILLAGE, VILLAGE_A1, second)).containsExactly(globalId("Household", first));
		// the grid worker of the first group sees only their side, not the household of the other group
		assertThat(findings(Persona.WORKER, GROUP_A1_1).getOrDefault("SAME_PERSON_IN_TWO_HOUSEHOLDS", List.of()))
			.doesNotContain(second);
		assertThat(otherHouseholds(Persona.WORKER, GROUP_A1_1, first)).isEmpty();
	}

	@Test
	void theDashboardCountsWhatTheLastSweepRecorded() {
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		Map<String, List<Long>> found = findings(Persona.VILLAGE, VILLAGE_A1);
		// the dashboard shows the snapshot, which counts what the sweep recorded: both made now, after the change
		this.sweep.sweep(new GridCode(COUNTY));
		this.statistics.refresh();
		Map<String, Integer> counts = dashboardCounts(VILLAGE_A1);
		assertThat(counts).isEqualTo(found.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().size())));
		assertThat(counts.get("NO_INCOME_RECORD")).isPositive();

		// corrected: the list drops it at once, the count with the next sweep
		long household = this.jdbc.queryForObject("""
				SELECT MIN(h.id) FROM household h WHERE h.village_code = ? AND h.category = 'ALLEVIATED'
				AND h.alleviation_year IS NOT NULL""", Long.class, VILLAGE_A1);
		change("UPDATE household SET alleviation_year = NULL WHERE id = " + household, "UPDATE household SET alleviation_year = "
				+ this.jdbc.queryForObject("SELECT alleviation_year FROM household WHERE id = ?", Integer.class, household)
				+ " WHERE id = " + household);
		this.sweep.sweep(new GridCode(COUNTY));
		this.statistics.refresh();
		int wrong = dashboardCounts(VILLAGE_A1).get("ALLEVIATED_WITHOUT_YEAR");
		this.restore.forEach(this.jdbc::update);
		this.restore.clear();
		this.statistics.refresh();
		assertThat(findings(Persona.VILLAGE, VILLAGE_A1).getOrDefault("ALLEVIATED_WITHOUT_YEAR", List.of()))
			.doesNotContain(household);
		assertThat(dashboardCounts(VILLAGE_A1).get("ALLEVIATED_WITHOUT_YEAR")).isEqualTo(wrong);
		this.sweep.sweep(new GridCode(COUNTY));
		this.statistics.refresh();
		assertThat(dashboardCounts(VILLAGE_A1).getOrDefault("ALLEVIATED_WITHOUT_YEAR", 0)).isEqualTo(wrong - 1);
	}

	@Test
	void findingsStayInTheScope() {
		// a monitored household without an income record: a finding in the worker's group
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		assertThat(findingsResponse(Persona.WORKER, GROUP_A1_1).path("dataQualityFindings[*].household.grid.code")
			.entityList(String.class)
			.get()).isNotEmpty().containsOnly(GROUP_A1_1);
		assertError(findingsResponse(Persona.WORKER2, GROUP_A1_1), ErrorCode.NOT_FOUND, "dataQualityFindings");
		assertError(findingsResponse(Persona.WORKER, VILLAGE_A1), ErrorCode.NOT_FOUND, "dataQualityFindings");
		findingsResponse(Persona.CIVIL, VILLAGE_A1).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
	}

	/** The dashboard's data-quality findings of the grid, by kind. */
	private Map<String, Integer> dashboardCounts(String grid) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> counted = (List<Map<String, Object>>) graphQlAs(Persona.VILLAGE).documentName("statistics")
			.variable("gridCode", grid)
			.execute()
			.path("statistics.total.dataQualityFindings")
			.entity(List.class)
			.get();
		return counted.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("key"), (row) -> (Integer) row.get("count")));
	}

	private void change(String sql, String undo) {
		this.jdbc.update(sql);
		this.restore.add(undo);
	}

	/** The households of the findings, by kind. */
	@SuppressWarnings("unchecked")
	private Map<String, List<Long>> findings(Persona persona, String grid) {
		List<Map<String, Object>> rows = findingsResponse(persona, grid).path("dataQualityFindings")
			.entityList(Map.class)
			.get()
			.stream()
			.map((row) -> (Map<String, Object>) row)
			.toList();
		return rows.stream()
			.collect(Collectors.groupingBy((row) -> (String) row.get("kind"),
					Collectors.mapping((row) -> rowId((String) ((Map<?, ?>) row.get("household")).get("id")), Collectors.toList())));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> findingsOf(Persona persona, String grid, String kind) {
		return graphQlAs(persona).documentName("dataQualityFindings")
			.variable("gridCode", grid)
			.variable("kind", kind)
			.execute()
			.path("dataQualityFindings")
			.entityList(Map.class)
			.get()
			.stream()
			.map((row) -> (Map<String, Object>) row)
			.toList();
	}

	private GraphQlTester.Response loadOtherCounty(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("loadOtherCountyRecords").variable("input", input).execute();
	}

	private GraphQlTester.Response findingsResponse(Persona persona, String grid) {
		return graphQlAs(persona).documentName("dataQualityFindings").variable("gridCode", grid).execute();
	}


	/** The other households a SAME_PERSON_IN_TWO_HOUSEHOLDS finding of {@code household} names, as the persona sees it. */
	private List<String> otherHouseholds(Persona persona, String grid, long household) {
		return graphQlAs(persona).documentName("dataQualityFindings")
			.variable("gridCode", grid)
			.variable("kind", "SAME_PERSON_IN_TWO_HOUSEHOLDS")
			.execute()
			.path("dataQualityFindings[?(@.household.id == '" + globalId("Household", household) + "')].otherHouseholds[*].id")
			.entityList(String.class)
			.get();
	}

}
