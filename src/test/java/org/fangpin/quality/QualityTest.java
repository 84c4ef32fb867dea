package org.fangpin.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.household.IdNumber;
import org.fangpin.statistics.StatisticsService;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * Each check finds the record that is wrong, names what to fix, stays within the caller's scope, and the
 * dashboard counts what the list shows; a corrected record is no longer a finding.
 */
class QualityTest extends ApiTest {

	/** A year no other test records: the latest record of any household, with a line of its own. */
	private static final int INCOME_YEAR = 2099;

	private final CaseFixtures fixtures = new CaseFixtures();

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
		assertThat(found.get("OUTSIDE_THE_SYSTEM")).contains(subsidised);
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
		assertThat(after.getOrDefault("OUTSIDE_THE_SYSTEM", List.of())).doesNotContain(subsidised);
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
		// the grid worker of the first group sees only their side, not the household of the other group
		assertThat(findings(Persona.WORKER, GROUP_A1_1).getOrDefault("SAME_PERSON_IN_TWO_HOUSEHOLDS", List.of()))
			.doesNotContain(second);
	}

	@Test
	void theDashboardCountsWhatTheListShows() {
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		Map<String, List<Long>> found = findings(Persona.VILLAGE, VILLAGE_A1);
		// the dashboard shows the snapshot: counted now, after the change
		this.statistics.refresh();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> counted = (List<Map<String, Object>>) graphQlAs(Persona.VILLAGE).documentName("statistics")
			.variable("gridCode", VILLAGE_A1)
			.execute()
			.path("statistics.total.dataQualityFindings")
			.entity(List.class)
			.get();
		Map<String, Integer> counts = counted.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("key"), (row) -> (Integer) row.get("count")));
		assertThat(counts).isEqualTo(found.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().size())));
		assertThat(counts.get("NO_INCOME_RECORD")).isPositive();
	}

	@Test
	void findingsStayInTheScope() {
		assertThat(findingsResponse(Persona.WORKER, GROUP_A1_1).path("dataQualityFindings[*].household.grid.code")
			.entityList(String.class)
			.get()).containsOnly(GROUP_A1_1);
		assertError(findingsResponse(Persona.WORKER2, GROUP_A1_1), ErrorCode.NOT_FOUND, "dataQualityFindings");
		assertError(findingsResponse(Persona.WORKER, VILLAGE_A1), ErrorCode.NOT_FOUND, "dataQualityFindings");
		findingsResponse(Persona.CIVIL, VILLAGE_A1).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
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

	private GraphQlTester.Response findingsResponse(Persona persona, String grid) {
		return graphQlAs(persona).documentName("dataQualityFindings").variable("gridCode", grid).execute();
	}

}
