package org.fangpin.problem;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;

/**
 * Departments take part in campaigns (seed 004: each sector screens its own and keeps its own rectification
 * ledger): a department raises and rectifies its own problems and reads only those, and reads the campaign's
 * figures of its own domain; the county verifies.
 */
class DepartmentProblemsTest extends ApiTest {

	private final CaseFixtures fixtures = new CaseFixtures();

	@AfterEach
	void removeProblems() {
		this.jdbc.update("DELETE FROM problem WHERE description LIKE '部门测试%'");
		this.fixtures.remove(this.jdbc);
	}

	@Test
	void aDepartmentKeepsItsOwnProblemsAndReadsNoOtherSectors() {
		String health = raise(Persona.HEALTH_SYSTEM, "部门测试：乡镇卫生院签约服务未覆盖", null).path("raiseProblem.problem.id")
			.entity(String.class)
			.get();
		raise(Persona.HEALTH_SYSTEM, "部门测试：冒用他部门", "EDUCATION").path("raiseProblem.userErrors[0].field[0]")
			.entity(String.class)
			.isEqualTo("department");
		// the county gives one to education, and keeps one of its own
		String education = raise(Persona.COUNTY, "部门测试：控辍保学台账未更新", "EDUCATION").path("raiseProblem.problem.id")
			.entity(String.class)
			.get();
		String county = raise(Persona.COUNTY, "部门测试：县级台账", null).path("raiseProblem.problem.id").entity(String.class).get();
		assertThat(count("SELECT COUNT(*) FROM problem WHERE department = 'HEALTH' AND description LIKE '部门测试%'"))
			.isEqualTo(1);

		assertThat(problems(Persona.HEALTH_SYSTEM)).containsExactly(health);
		assertThat(problems(Persona.EDUCATION_SYSTEM)).containsExactly(education);
		assertThat(problems(Persona.CIVIL)).isEmpty();
		assertThat(problems(Persona.COUNTY)).contains(health, education, county);

		// a department rectifies its own, not another's; the county verifies it, the department does not
		assertError(rectify(Persona.HEALTH_SYSTEM, education), ErrorCode.NOT_FOUND, "rectifyProblem");
		rectify(Persona.HEALTH_SYSTEM, health).path("rectifyProblem.problem.status").entity(String.class)
			.isEqualTo("RECTIFIED");
		Map<String, Object> verification = Map.of("problemId", health, "version", 1, "passed", true, "verifiedOn",
				today().toString());
		assertError(graphQlAs(Persona.HEALTH_SYSTEM).documentName("departmentProblems")
			.operationName("verifyProblem")
			.variable("input", verification)
			.execute(), ErrorCode.FORBIDDEN, "verifyProblem");
		graphQlAs(Persona.COUNTY).documentName("departmentProblems")
			.operationName("verifyProblem")
			.variable("input", verification)
			.execute()
			.path("verifyProblem.problem.status")
			.entity(String.class)
			.isEqualTo("VERIFIED");
	}

	@Test
	void aDepartmentReadsTheCampaignsFiguresOfItsDomain() {
		long ill = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		long pupil = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "MONITORING", "EDUCATION");
		for (long household : List.of(ill, pupil)) {
			long caseId = this.jdbc.queryForObject("SELECT id FROM monitored_case WHERE active_household_id = ?",
					Long.class, household);
			// approved an hour ago: identified in the campaign's period (the fixtures remove the case's events)
			this.jdbc.update("""
					INSERT INTO case_event (id, case_id, occurred_at, actor_name, actor_roles, actor_grids, action, from_status,
					  to_status, note, evidence)
					VALUES (?, ?, ?, '测试', 'county-officer', '999901', 'APPROVE', 'PENDING_APPROVAL', 'MONITORING', NULL, '[]')""",
					caseId + 50_000_000L, caseId, Timestamp.from(this.clock.instant().minusSeconds(3600)));
		}
		String campaign = graphQlAs(Persona.COUNTY)
			.document("""
					mutation($input: OpenCampaignInput!) { openCampaign(input: $input) { campaign { id } userErrors { message } } }""")
			.variable("input", Map.of("name", "部门测试排查", "startsOn", today().minusDays(3).toString(), "endsOn",
					today().plusDays(30).toString(), "gridCodes", List.of(TOWNSHIP_A), "incomeLine", 6700))
			.execute()
			.path("openCampaign.campaign.id")
			.entity(String.class)
			.get();
		Map<String, Object> raised = new HashMap<>(Map.of("category", "GUARANTEES", "description", "部门测试：医保参保漏登",
				"gridCode", TOWNSHIP_A, "responsiblePerson", "张科长", "measure", "逐户核对参保", "deadline",
				today().plusDays(7).toString(), "campaignId", campaign));
		graphQlAs(Persona.HEALTH_SYSTEM).documentName("departmentProblems")
			.operationName("raiseProblem")
			.variable("input", raised)
			.execute()
			.path("raiseProblem.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		GraphQlTester.Response county = departmentCampaign(Persona.COUNTY, campaign);
		assertThat(county.path("campaignProgress.total.cumulative.includedByCause[*].riskType").entityList(String.class).get())
			.contains("ILLNESS", "EDUCATION");
		county.path("campaignProgress.total.cumulative.problemsFound").entity(Integer.class).isEqualTo(1);
		GraphQlTester.Response healthView = departmentCampaign(Persona.HEALTH_SYSTEM, campaign);
		healthView.path("campaigns[*].id").entityList(String.class).contains(campaign);
		healthView.path("campaignProgress.total.cumulative.includedByCause[*].riskType").entityList(String.class)
			.containsExactly("ILLNESS");
		healthView.path("campaignProgress.total.cumulative.problemsFound").entity(Integer.class).isEqualTo(1);
		GraphQlTester.Response educationView = departmentCampaign(Persona.EDUCATION_SYSTEM, campaign);
		educationView.path("campaignProgress.total.cumulative.includedByCause[*].riskType")
			.entityList(String.class)
			.containsExactly("EDUCATION");
		educationView.path("campaignProgress.total.cumulative.problemsFound").entity(Integer.class).isEqualTo(0);
		// the rest of the campaign (the inspections of households) stays closed to departments
		graphQlAs(Persona.HEALTH_SYSTEM).documentName("departmentProblems")
			.operationName("campaignInspections")
			.variable("campaignId", campaign)
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
	}

	private GraphQlTester.Response departmentCampaign(Persona persona, String campaign) {
		return graphQlAs(persona).documentName("departmentProblems")
			.operationName("departmentCampaign")
			.variable("campaignId", campaign)
			.execute();
	}

	private GraphQlTester.Response raise(Persona persona, String description, @Nullable String department) {
		Map<String, Object> input = new HashMap<>(Map.of("category", "POLICY_IMPLEMENTATION", "description", description,
				"gridCode", COUNTY, "responsiblePerson", "张科长", "measure", "限期整改", "deadline",
				today().plusDays(7).toString()));
		if (department != null) {
			input.put("department", department);
		}
		return graphQlAs(persona).documentName("departmentProblems").operationName("raiseProblem").variable("input", input)
			.execute();
	}

	private GraphQlTester.Response rectify(Persona persona, String problem) {
		return graphQlAs(persona).documentName("departmentProblems")
			.operationName("rectifyProblem")
			.variable("input", Map.of("problemId", problem, "version", 0, "rectification", "已完成", "rectifiedOn",
					today().toString()))
			.execute();
	}

	private List<String> problems(Persona persona) {
		return graphQlAs(persona).documentName("departmentProblems")
			.operationName("problems")
			.execute()
			.path("problems.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), InputCheck.ZONE);
	}

}
