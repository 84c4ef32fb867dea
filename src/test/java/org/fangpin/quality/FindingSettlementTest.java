package org.fangpin.quality;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.statistics.StatisticsService;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * A finding is judged by the grid that owns it, with a reason that holds until the data it was found on changes;
 * it is raised as a DATA_QUALITY problem in one step, and the two name each other; the dashboard counts the
 * findings from the first count after a start.
 */
class FindingSettlementTest extends ApiTest {

	private static final String KIND = "ALLEVIATED_WITHOUT_YEAR";

	@Autowired
	private StatisticsService statistics;

	private long household;

	private int year;

	@BeforeEach
	void withoutYear() {
		this.household = this.jdbc.queryForObject("""
				SELECT MIN(h.id) FROM household h WHERE h.group_code = ? AND h.category = 'ALLEVIATED'
				AND h.alleviation_year IS NOT NULL""", Long.class, GROUP_A1_1);
		this.year = this.jdbc.queryForObject("SELECT alleviation_year FROM household WHERE id = ?", Integer.class,
				this.household);
		this.jdbc.update("UPDATE household SET alleviation_year = NULL WHERE id = ?", this.household);
	}

	@AfterEach
	void putBack() {
		this.jdbc.update("UPDATE household SET alleviation_year = ? WHERE id = ?", this.year, this.household);
		this.jdbc.update("DELETE FROM problem WHERE id IN (SELECT problem_id FROM quality_settlement)");
		this.jdbc.update("DELETE FROM quality_settlement");
	}

	@Test
	void theVillageJudgesAFindingRightAndItStaysSettledUntilItsDataChanges() {
		String recordId = globalId("Household", this.household);
		Map<String, Object> input = Map.of("kind", KIND, "recordId", recordId, "judgement", "DATA_CORRECT", "reason",
				"该户2016年脱贫，年度以纸质档案为准，系统迁移时遗漏，已报县里补录");
		// the grid worker holds no such duty; the township covers the village but does not own the finding
		assertError(acknowledge(Persona.WORKER, input), ErrorCode.FORBIDDEN, "acknowledgeDataQualityFinding");
		assertError(acknowledge(Persona.TOWNSHIP, input), ErrorCode.FORBIDDEN, "acknowledgeDataQualityFinding");
		// a judgement without a reason writes nothing
		Map<String, Object> before = snapshot();
		acknowledge(Persona.VILLAGE, Map.of("kind", KIND, "recordId", recordId, "judgement", "DATA_CORRECT", "reason", " "))
			.path("acknowledgeDataQualityFinding.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("reason");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM quality_settlement")).isZero();
		// a record without such a finding is refused, naming it
		acknowledge(Persona.VILLAGE, Map.of("kind", "NO_HEAD", "recordId", recordId, "judgement", "DATA_CORRECT", "reason",
				"有户主")).path("acknowledgeDataQualityFinding.userErrors[0].field[0]").entity(String.class).isEqualTo("recordId");

		String audited = "SELECT COUNT(*) FROM audit_record WHERE operation = 'acknowledgeDataQualityFinding'";
		long auditedBefore = count(audited);
		GraphQlTester.Response judged = acknowledge(Persona.VILLAGE, input);
		judged.path("acknowledgeDataQualityFinding.userErrors").entityList(Object.class).hasSize(0);
		judged.path("acknowledgeDataQualityFinding.finding.acknowledgement.judgement").entity(String.class)
			.isEqualTo("DATA_CORRECT");
		judged.path("acknowledgeDataQualityFinding.finding.acknowledgement.current").entity(Boolean.class).isEqualTo(true);
		judged.path("acknowledgeDataQualityFinding.finding.ownerGridCode").entity(String.class).isEqualTo(VILLAGE_A1);
		assertThat(count(audited)).isEqualTo(auditedBefore + 1);

		// settled: out of the list, kept with its reason for whoever asks for the settled ones too
		assertThat(findings(Persona.VILLAGE, false)).doesNotContain(recordId);
		assertThat(findings(Persona.WORKER, false)).doesNotContain(recordId);
		graphQlAs(Persona.VILLAGE).documentName("findingSettlement")
			.operationName("settlementFindings")
			.variable("gridCode", VILLAGE_A1)
			.variable("kind", KIND)
			.variable("includeSettled", true)
			.execute()
			.path("dataQualityFindings[?(@.recordId == '" + recordId + "')].acknowledgement.reason")
			.entityList(String.class)
			.containsExactly((String) input.get("reason"));

		// the household's record is edited: the judgement no longer holds, the finding is back, marked so
		this.jdbc.update("UPDATE household SET version = version + 1 WHERE id = ?", this.household);
		assertThat(findings(Persona.VILLAGE, false)).contains(recordId);
		graphQlAs(Persona.VILLAGE).documentName("findingSettlement")
			.operationName("settlementFindings")
			.variable("gridCode", VILLAGE_A1)
			.variable("kind", KIND)
			.execute()
			.path("dataQualityFindings[?(@.recordId == '" + recordId + "')].acknowledgement.current")
			.entityList(Boolean.class)
			.containsExactly(false);
	}

	@Test
	void aFindingIsRaisedAsADataQualityProblemGivenToTheTownshipAndTheyNameEachOther() {
		String recordId = globalId("Household", this.household);
		LocalDate deadline = LocalDate.ofInstant(this.clock.instant(), InputCheck.ZONE).plusDays(10);
		Map<String, Object> input = Map.of("kind", KIND, "recordId", recordId, "ownerGridCode", TOWNSHIP_A,
				"responsiblePerson", "王镇长", "measure", "调取脱贫档案，补录脱贫年度", "deadline", deadline.toString());
		// the village may not give its finding to the township above it
		assertError(raise(Persona.VILLAGE, input), ErrorCode.FORBIDDEN, "raiseDataQualityProblem");
		// a group is not an owner
		Map<String, Object> toGroup = new HashMap<>(input);
		toGroup.put("ownerGridCode", GROUP_A1_1);
		raise(Persona.TOWNSHIP, toGroup).path("raiseDataQualityProblem.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("ownerGridCode");

		GraphQlTester.Response raised = raise(Persona.TOWNSHIP, input);
		raised.path("raiseDataQualityProblem.userErrors").entityList(Object.class).hasSize(0);
		String problem = raised.path("raiseDataQualityProblem.problem.id").entity(String.class).get();
		raised.path("raiseDataQualityProblem.problem.category").entity(String.class).isEqualTo("DATA_QUALITY");
		raised.path("raiseDataQualityProblem.problem.household.id").entity(String.class).isEqualTo(recordId);
		raised.path("raiseDataQualityProblem.problem.dataQualityFinding.recordId").entity(String.class).isEqualTo(recordId);
		raised.path("raiseDataQualityProblem.finding.problem.id").entity(String.class).isEqualTo(problem);
		raised.path("raiseDataQualityProblem.finding.ownerGridCode").entity(String.class).isEqualTo(TOWNSHIP_A);
		raised.path("raiseDataQualityProblem.finding.deadline").entity(String.class).isEqualTo(deadline.toString());
		raised.path("raiseDataQualityProblem.finding.overdue").entity(Boolean.class).isEqualTo(false);

		// once more while the problem is open: refused, nothing written
		long problems = count("SELECT COUNT(*) FROM problem");
		raise(Persona.TOWNSHIP, input).path("raiseDataQualityProblem.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		assertThat(count("SELECT COUNT(*) FROM problem")).isEqualTo(problems);

		// now the township owns it: it judges, the village no longer does
		Map<String, Object> judgement = Map.of("kind", KIND, "recordId", recordId, "judgement", "TO_BE_CORRECTED", "reason",
				"档案已找到，待补录");
		assertError(acknowledge(Persona.VILLAGE, judgement), ErrorCode.FORBIDDEN, "acknowledgeDataQualityFinding");
		acknowledge(Persona.TOWNSHIP, judgement).path("acknowledgeDataQualityFinding.finding.acknowledgement.judgedBy")
			.entity(String.class)
			.satisfies((by) -> assertThat(by).isNotBlank());
		// to be corrected, it stays on the list
		assertThat(findings(Persona.VILLAGE, false)).contains(recordId);

		// past its deadline it is overdue
		this.clock.advance(Duration.ofDays(11));
		try {
			graphQlAs(Persona.TOWNSHIP).documentName("findingSettlement")
				.operationName("settlementFindings")
				.variable("gridCode", VILLAGE_A1)
				.variable("kind", KIND)
				.execute()
				.path("dataQualityFindings[?(@.recordId == '" + recordId + "')].overdue")
				.entityList(Boolean.class)
				.containsExactly(true);
		}
		finally {
			this.clock.advance(Duration.ofDays(-11));
		}
	}

	@Test
	void theDashboardCountsTheFindingsFromTheFirstCountAfterAStart() {
		// a fresh database: no sweep has run yet, the schedule's first turn is up to an hour away
		this.jdbc.update("DELETE FROM quality_finding");
		this.jdbc.update("DELETE FROM quality_sweep");
		this.statistics.refresh();
		Map<String, Long> listed = graphQlAs(Persona.VILLAGE).documentName("findingSettlement")
			.operationName("settlementFindings")
			.variable("gridCode", VILLAGE_A1)
			.execute()
			.path("dataQualityFindings[*].kind")
			.entityList(String.class)
			.get()
			.stream()
			.collect(Collectors.groupingBy((kind) -> kind, Collectors.counting()));
		assertThat(listed).containsKey(KIND);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> counted = (List<Map<String, Object>>) graphQlAs(Persona.VILLAGE).documentName("statistics")
			.variable("gridCode", VILLAGE_A1)
			.execute()
			.path("statistics.total.dataQualityFindings")
			.entity(List.class)
			.get();
		assertThat(counted.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("key"), (row) -> ((Number) row.get("count")).longValue())))
			.isEqualTo(listed);
	}

	private List<String> findings(Persona persona, boolean includeSettled) {
		return graphQlAs(persona).documentName("findingSettlement")
			.operationName("settlementFindings")
			.variable("gridCode", (persona == Persona.WORKER) ? GROUP_A1_1 : VILLAGE_A1)
			.variable("kind", KIND)
			.variable("includeSettled", includeSettled)
			.execute()
			.path("dataQualityFindings[*].recordId")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response acknowledge(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("findingSettlement")
			.operationName("acknowledgeDataQualityFinding")
			.variable("input", input)
			.execute();
	}

	private GraphQlTester.Response raise(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("findingSettlement")
			.operationName("raiseDataQualityProblem")
			.variable("input", input)
			.execute();
	}

}
