package org.fangpin.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

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

		Map<String, Object> atVillage = workItem(Persona.VILLAGE, "LEAD_DECISION", "lead", lead).orElseThrow();
		assertThat(atVillage).containsEntry("escalated", false).containsEntry("ageDays", 0).containsEntry("daysLeft", 7)
			.containsEntry("daysLate", 0);
		assertThat(workItem(Persona.TOWNSHIP, "LEAD_DECISION", "lead", lead)).as("not late: the village's alone").isEmpty();
		assertThat(workItem(Persona.WORKER, "LEAD_DECISION", "lead", lead)).as("a grid worker does not decide").isEmpty();

		this.clock.advance(Duration.ofDays(8));
		atVillage = workItem(Persona.VILLAGE, "LEAD_DECISION", "lead", lead).orElseThrow();
		assertThat(atVillage).containsEntry("escalated", false).containsEntry("ageDays", 8).containsEntry("daysLate", 1);
		assertThat(atVillage.get("daysLeft")).isNull();
		assertThat(workItem(Persona.TOWNSHIP, "LEAD_DECISION", "lead", lead).orElseThrow()).containsEntry("escalated", true)
			.containsEntry("daysLate", 1);
		assertThat(workItem(Persona.COUNTY, "LEAD_DECISION", "lead", lead)).as("one level up, not two").isEmpty();

		lead(run(Persona.VILLAGE, "dismissLead",
				Map.of("leadId", lead, "version", reported.get("version"), "reason", "已康复出院，无返贫风险")), "dismissLead");
		assertThat(workItem(Persona.VILLAGE, "LEAD_DECISION", "lead", lead)).isEmpty();
		assertThat(workItem(Persona.TOWNSHIP, "LEAD_DECISION", "lead", lead)).isEmpty();
	}

	@Test
	void aHotlineLeadReceivedWeeksAgoIsLateTheDayItIsRecorded() {
		Map<String, Object> recorded = lead(run(Persona.TOWNSHIP, "recordChannelLead",
				Map.of("householdId", newHousehold(), "source", "HOTLINE_PETITION", "channelReference", "12317-WL-" + System.nanoTime(),
						"receivedOn", today().minusDays(10).toString(), "riskTypes", List.of("INCOME_DROP"), "description",
						"来电反映务工收入中断")), "recordChannelLead");
		Map<String, Object> atTownship = workItem(Persona.TOWNSHIP, "LEAD_DECISION", "lead", (String) recorded.get("id"))
			.orElseThrow();
		// received on day R, the village had R to R+6: today, R+10, is the fourth day late
		assertThat(atTownship).containsEntry("escalated", true).containsEntry("ageDays", 10).containsEntry("daysLate", 4);
	}

	@Test
	void aCountyThatDecidesLeadsWithinThreeDaysHoldsTheLeadsReceivedAfterwardsToIt() {
		String before = (String) lead(run(Persona.WORKER, "reportLead", Map.of("householdId", newHousehold(), "source",
				"CADRE_INSPECTION", "riskTypes", List.of("ILLNESS"), "description", "户主住院")), "reportLead").get("id");
		setCountySetting("LEAD_DECISION_PERIOD", 3);
		try {
			String after = (String) lead(run(Persona.WORKER, "reportLead", Map.of("householdId", newHousehold(), "source",
					"CADRE_INSPECTION", "riskTypes", List.of("ILLNESS"), "description", "户主住院")), "reportLead").get("id");
			assertThat(workItem(Persona.VILLAGE, "LEAD_DECISION", "lead", after).orElseThrow()).containsEntry("daysLeft", 3);
			assertThat(workItem(Persona.VILLAGE, "LEAD_DECISION", "lead", before).orElseThrow())
				.as("a lead in hand keeps the period it came in with").containsEntry("daysLeft", 7);

			this.clock.advance(Duration.ofDays(4));
			assertThat(workItem(Persona.TOWNSHIP, "LEAD_DECISION", "lead", after).orElseThrow()).containsEntry("escalated", true)
				.containsEntry("daysLate", 1);
			assertThat(workItem(Persona.TOWNSHIP, "LEAD_DECISION", "lead", before)).as("not late yet").isEmpty();
		}
		finally {
			this.jdbc.update("DELETE FROM county_setting");
		}
	}

	@Test
	void anIdentificationStepLateAtTheVillageShowsToTheTownshipAndTheTownshipsToTheCounty() {
		Map<String, Object> opened = openCase(newHousehold(), Duration.ZERO);
		String fresh = (String) opened.get("id");
		assertThat(workItem(Persona.WORKER, "IDENTIFICATION_STEP", "case", fresh).orElseThrow())
			.containsEntry("escalated", false).containsEntry("daysLeft", 15).containsEntry("label", "待签署承诺授权");
		assertThat(workItem(Persona.VILLAGE, "IDENTIFICATION_STEP", "case", fresh)).isPresent();
		assertThat(workItem(Persona.TOWNSHIP, "IDENTIFICATION_STEP", "case", fresh)).isEmpty();

		// a case opened 20 days ago, its village steps taken late: the township's check is 5 days late
		Map<String, Object> late = openCase(newHousehold(), Duration.ofDays(20));
		String lateId = (String) late.get("id");
		assertThat(workItem(Persona.TOWNSHIP, "IDENTIFICATION_STEP", "case", lateId).orElseThrow())
			.containsEntry("escalated", true).containsEntry("daysLate", 5).containsEntry("ageDays", 20);
		assertThat(workItem(Persona.COUNTY, "IDENTIFICATION_STEP", "case", lateId)).isEmpty();
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(late));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		assertThat(workItem(Persona.VILLAGE, "IDENTIFICATION_STEP", "case", lateId)).as("no longer the village's").isEmpty();
		assertThat(workItem(Persona.TOWNSHIP, "IDENTIFICATION_STEP", "case", lateId).orElseThrow())
			.containsEntry("escalated", false).containsEntry("label", "待乡镇核查");
		assertThat(workItem(Persona.COUNTY, "IDENTIFICATION_STEP", "case", lateId).orElseThrow()).containsEntry("escalated", true);

		step(Persona.COUNTY, "approveCase", input(step(Persona.TOWNSHIP, "recordVerification", verification(current, true))));
		assertThat(workItem(Persona.COUNTY, "IDENTIFICATION_STEP", "case", lateId)).as("identified: nothing waits").isEmpty();
	}

	@Test
	void aMeasureDueShowsToItsCadresAndOverdueToTheTownship() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		String measureId = planMeasure(monitored, "EMPLOYMENT", today().plusDays(3));
		assertThat(workItem(Persona.WORKER, "MEASURE_DUE", "measure", measureId).orElseThrow()).containsEntry("daysLeft", 3)
			.containsEntry("escalated", false);
		assertThat(workItem(Persona.TOWNSHIP, "MEASURE_DUE", "measure", measureId)).isEmpty();

		this.clock.advance(Duration.ofDays(5));
		assertThat(workItem(Persona.VILLAGE, "MEASURE_DUE", "measure", measureId).orElseThrow()).containsEntry("daysLate", 2);
		assertThat(workItem(Persona.TOWNSHIP, "MEASURE_DUE", "measure", measureId).orElseThrow())
			.containsEntry("escalated", true);

		graphQlAs(Persona.WORKER).documentName("situation")
			.operationName("updateMeasure")
			.variable("input", Map.of("id", measureId, "version", 0, "status", "COMPLETED", "completedOn", today().toString()))
			.execute()
			.path("updateMeasure.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		assertThat(workItem(Persona.TOWNSHIP, "MEASURE_DUE", "measure", measureId)).isEmpty();
		assertThat(workItem(Persona.VILLAGE, "MEASURE_DUE", "measure", measureId)).isEmpty();
	}

	@Test
	void nobodyOutsideTheGridSeesItsWork() {
		Map<String, Object> opened = openCase(newHousehold(), Duration.ofDays(20));
		assertThat(workItem(Persona.WORKER2, "IDENTIFICATION_STEP", "case", (String) opened.get("id"))).isEmpty();
		assertThat(workItem(Persona.AUDITOR, "IDENTIFICATION_STEP", "case", (String) opened.get("id"))).isEmpty();
		assertThat(workItem(Persona.RESIDENT, "IDENTIFICATION_STEP", "case", (String) opened.get("id"))).isEmpty();
	}

}
