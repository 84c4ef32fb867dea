package org.fangpin.security;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fangpin.assistance.MeasureCategory;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.monitoring.RiskType;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each department reads the monitored cases and measures of its own domain (seed 001), the fields declared
 * for it, and nothing else: health follows illness, education schooling, civil affairs every case and the
 * subsistence measures.
 */
class DepartmentDomainTest extends LifecycleTest {

	private static final String VIEW = """
			query($id: ID!) { household(id: $id) { activeCase { type status riskTypes measures { category status } } } }""";

	@Test
	void aDepartmentSeesTheCasesAndMeasuresOfItsDomainOnly() {
		String household = newHousehold();
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead", Map.of("householdId", household, "source",
				"CADRE_INSPECTION", "riskTypes", List.of("ILLNESS"), "description", "户主重病住院")), "reportLead");
		Map<String, Object> accepted = lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", reported.get("id"), "version", reported.get("version"), "caseType", "SUDDEN_HARDSHIP")),
				"acceptLead");
		@SuppressWarnings("unchecked")
		Object caseId = ((Map<String, Object>) accepted.get("case")).get("id");
		for (String category : List.of("HEALTH", "SUBSISTENCE", "EMPLOYMENT")) {
			graphQlAs(Persona.VILLAGE).documentName("situation")
				.operationName("planMeasure")
				.variable("input", Map.of("caseId", caseId, "category", category, "content", "帮扶内容",
						"responsibleDepartment", "县卫健局", "responsibleCadre", "张德明", "funds", 1000, "plannedCompletion",
						LocalDate.now().plusMonths(6).toString()))
				.execute()
				.path("planMeasure.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}

		GraphQlTester.Response health = view(Persona.HEALTH_SYSTEM, household);
		health.path("household.activeCase.riskTypes").entityList(String.class).containsExactly("ILLNESS");
		health.path("household.activeCase.measures[*].category").entityList(String.class).containsExactly("HEALTH");
		GraphQlTester.Response civil = view(Persona.CIVIL, household);
		civil.path("household.activeCase.type").entity(String.class).isEqualTo("SUDDEN_HARDSHIP");
		civil.path("household.activeCase.measures[*].category").entityList(String.class).containsExactly("SUBSISTENCE");
		view(Persona.EDUCATION_SYSTEM, household).path("household.activeCase").valueIsNull();

		// the case's procedure is not a department's business
		assertError(graphQlAs(Persona.HEALTH_SYSTEM)
			.document("query($id: ID!) { household(id: $id) { activeCase { timeline { note } } } }")
			.variable("id", household)
			.execute(), ErrorCode.FORBIDDEN, "household");
	}

	@Test
	void everyDomainNamesRiskTypesAndMeasureCategoriesThatExist() {
		for (Department department : Department.values()) {
			Objects.requireNonNullElse(department.caseRiskTypes(), List.<String>of())
				.forEach((risk) -> assertThat(Arrays.stream(RiskType.values()).map(Enum::name)).contains(risk));
			department.measureCategories()
				.forEach((category) -> assertThat(Arrays.stream(MeasureCategory.values()).map(Enum::name))
					.contains(category));
		}
	}

	private GraphQlTester.Response view(Persona persona, String household) {
		return graphQlAs(persona).document(VIEW).variable("id", household).execute();
	}

}
