package org.fangpin.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work lists that age (seeds 001 and 004): what waits on a level, how long it has waited from the lead's receipt,
 * and, once late, the same work shown to the officer right above, marked escalated. Tested by moving the clock.
 */
class WorkListTest extends LifecycleTest {

	@Test
	void anOpenLeadAgesFromItsReceiptAndGoesUpToTheTownshipOnceLate() {
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead",
				Map.of("householdId", newHousehold(), "source", "CADRE_INSPECTION", "riskTypes", List.of("ILLNESS"),
						"description", "户主住院")), "reportLead");
		String lead = (String) reported.get("id");

		Map<String, Object> atVillage = item(Persona.VILLAGE, "LEAD_DECISION", "lead", lead).orElseThrow();
		assertThat(atVillage).containsEntry("escalated", false).containsEntry("ageDays", 0).containsEntry("daysLeft", 7)
			.containsEntry("daysLate", 0);
		assertThat(item(Persona.TOWNSHIP, "LEAD_DECISION", "lead", lead)).as("not late: the village's alone").isEmpty();
		assertThat(item(Persona.WORKER, "LEAD_DECISION", "lead", lead)).as("a grid worker does not decide").isEmpty();

		this.clock.advance(Duration.ofDays(8));
		atVillage = item(Persona.VILLAGE, "LEAD_DECISION", "lead", lead).orElseThrow();
		assertThat(atVillage).containsEntry("escalated", false).containsEntry("ageDays", 8).containsEntry("daysLate", 1);
		assertThat(atVillage.get("daysLeft")).isNull();
		assertThat(item(Persona.TOWNSHIP, "LEAD_DECISION", "lead", lead).orElseThrow()).containsEntry("escalated", true)
			.containsEntry("daysLate", 1);
		assertThat(item(Persona.COUNTY, "LEAD_DECISION", "lead", lead)).as("one level up, not two").isEmpty();

		lead(run(Persona.VILLAGE, "dismissLead",
				Map.of("leadId", lead, "version", reported.get("version"), "reason", "已康复出院，无返贫风险")), "dismissLead");
		assertThat(item(Persona.VILLAGE, "LEAD_DECISION", "lead", lead)).isEmpty();
		assertThat(item(Persona.TOWNSHIP, "LEAD_DECISION", "lead", lead)).isEmpty();
	}

	@Test
	void aHotlineLeadReceivedWeeksAgoIsLateTheDayItIsRecorded() {
		Map<String, Object> recorded = lead(run(Persona.TOWNSHIP, "recordChannelLead",
				Map.of("householdId", newHousehold(), "source", "HOTLINE_PETITION", "channelReference", "12317-WL-" + System.nanoTime(),
						"receivedOn", today().minusDays(10).toString(), "riskTypes", List.of("INCOME_DROP"), "description",
						"来电反映务工收入中断")), "recordChannelLead");
		Map<String, Object> atTownship = item(Persona.TOWNSHIP, "LEAD_DECISION", "lead", (String) recorded.get("id"))
			.orElseThrow();
		// received on day R, the village had R to R+6: today, R+10, is the fourth day late
		assertThat(atTownship).containsEntry("escalated", true).containsEntry("ageDays", 10).containsEntry("daysLate", 4);
	}

	@Test
	void anIdentificationStepLateAtTheVillageShowsToTheTownshipAndTheTownshipsToTheCounty() {
		Map<String, Object> opened = openCase(newHousehold(), Duration.ZERO);
		String fresh = (String) opened.get("id");
		assertThat(item(Persona.WORKER, "IDENTIFICATION_STEP", "case", fresh).orElseThrow())
			.containsEntry("escalated", false).containsEntry("daysLeft", 15).containsEntry("label", "待签署承诺授权");
		assertThat(item(Persona.VILLAGE, "IDENTIFICATION_STEP", "case", fresh)).isPresent();
		assertThat(item(Persona.TOWNSHIP, "IDENTIFICATION_STEP", "case", fresh)).isEmpty();

		// a case opened 20 days ago, its village steps taken late: the township's check is 5 days late
		Map<String, Object> late = openCase(newHousehold(), Duration.ofDays(20));
		String lateId = (String) late.get("id");
		assertThat(item(Persona.TOWNSHIP, "IDENTIFICATION_STEP", "case", lateId).orElseThrow())
			.containsEntry("escalated", true).containsEntry("daysLate", 5).containsEntry("ageDays", 20);
		assertThat(item(Persona.COUNTY, "IDENTIFICATION_STEP", "case", lateId)).isEmpty();
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(late));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		assertThat(item(Persona.VILLAGE, "IDENTIFICATION_STEP", "case", lateId)).as("no longer the village's").isEmpty();
		assertThat(item(Persona.TOWNSHIP, "IDENTIFICATION_STEP", "case", lateId).orElseThrow())
			.containsEntry("escalated", false).containsEntry("label", "待乡镇核查");
		assertThat(item(Persona.COUNTY, "IDENTIFICATION_STEP", "case", lateId).orElseThrow()).containsEntry("escalated", true);

		step(Persona.COUNTY, "approveCase", input(step(Persona.TOWNSHIP, "recordVerification", verification(current, true))));
		assertThat(item(Persona.COUNTY, "IDENTIFICATION_STEP", "case", lateId)).as("identified: nothing waits").isEmpty();
	}

	@Test
	void aMeasureDueShowsToItsCadresAndOverdueToTheTownship() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		Map<String, Object> measure = new HashMap<>(Map.of("caseId", monitored.get("id"), "category", "EMPLOYMENT",
				"content", "推荐到县工业园务工", "responsibleDepartment", "县人社局", "responsibleCadre", "张德明", "funds", 0,
				"plannedCompletion", today().plusDays(3).toString()));
		String measureId = graphQlAs(Persona.VILLAGE).documentName("situation")
			.operationName("planMeasure")
			.variable("input", measure)
			.execute()
			.path("planMeasure.measure.id")
			.entity(String.class)
			.get();
		assertThat(item(Persona.WORKER, "MEASURE_DUE", "measure", measureId).orElseThrow()).containsEntry("daysLeft", 3)
			.containsEntry("escalated", false);
		assertThat(item(Persona.TOWNSHIP, "MEASURE_DUE", "measure", measureId)).isEmpty();

		this.clock.advance(Duration.ofDays(5));
		assertThat(item(Persona.VILLAGE, "MEASURE_DUE", "measure", measureId).orElseThrow()).containsEntry("daysLate", 2);
		assertThat(item(Persona.TOWNSHIP, "MEASURE_DUE", "measure", measureId).orElseThrow())
			.containsEntry("escalated", true);

		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("updateMeasure")
			.variable("input", Map.of("id", measureId, "version", 0, "status", "COMPLETED", "completedOn", today().toString()))
			.execute()
			.path("updateMeasure.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(item(Persona.TOWNSHIP, "MEASURE_DUE", "measure", measureId)).isEmpty();
		assertThat(item(Persona.VILLAGE, "MEASURE_DUE", "measure", measureId)).isEmpty();
	}

	@Test
	void nobodyOutsideTheGridSeesItsWork() {
		Map<String, Object> opened = openCase(newHousehold(), Duration.ofDays(20));
		assertThat(item(Persona.WORKER2, "IDENTIFICATION_STEP", "case", (String) opened.get("id"))).isEmpty();
		assertThat(item(Persona.AUDITOR, "IDENTIFICATION_STEP", "case", (String) opened.get("id"))).isEmpty();
		assertThat(item(Persona.RESIDENT, "IDENTIFICATION_STEP", "case", (String) opened.get("id"))).isEmpty();
	}

	/** The work item of this kind whose {@code field} (lead, case or measure) has this id, from every page. */
	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> item(Persona persona, String kind, String field, String id) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = graphQlAs(persona).documentName("workList")
				.operationName("myWorkList")
				.variable("kind", kind)
				.variable("after", after)
				.execute();
			nodes.addAll(page.path("myWorkList.edges[*].node").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get());
			after = page.path("myWorkList.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("myWorkList.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return nodes.stream()
			.filter((node) -> node.get(field) != null && id.equals(((Map<String, Object>) node.get(field)).get("id")))
			.findFirst();
	}

}
