package org.fangpin.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident reads their household as the schema declares it ({@code @internal}): what they declared and what
 * was decided for them, never the cadres' notes and reasons nor the departments' and channels' references; the
 * cadres read all of it.
 */
class ResidentViewTest extends LifecycleTest {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aResidentSeesNoDismissalReasonDepartmentReferenceOrInternalNoteWhereTheVillageDoes() {
		String household = globalId("Household", 1001);
		String number = this.jdbc.queryForObject("SELECT household_number FROM household WHERE id = 1001", String.class);
		// a cadre's lead, dismissed with the cadre's reason and help given all the same
		Map<String, Object> reported = lead(run(Persona.WORKER, "reportLead", Map.of("householdId", household, "source",
				"CADRE_INSPECTION", "riskTypes", List.of("INCOME_DROP"), "description", "内部：邻居反映户主隐瞒务工收入")),
				"reportLead");
		lead(run(Persona.VILLAGE, "dismissLead", Map.of("leadId", reported.get("id"), "version", reported.get("version"),
				"reason", "内部：经核实务工收入高于监测范围", "helpNote", "已告知可申请临时救助")), "dismissLead");
		// a hotline ticket with the channel's reference
		Map<String, Object> ticket = lead(run(Persona.TOWNSHIP, "recordChannelLead", Map.of("householdId", household,
				"source", "HOTLINE_PETITION", "channelReference", "12317-内部-" + this.run, "receivedOn",
				LocalDate.now().minusDays(1).toString(), "riskTypes", List.of("ILLNESS"), "description", "内部：来电反映户主住院")),
				"recordChannelLead");
		try {
			// a department's warning, raised as a lead under the department's name
			Map<String, Object> item = new HashMap<>(Map.of("referenceId", "resident-" + this.run, "riskTypes",
					List.of("ILLNESS"), "observedOn", LocalDate.now().minusDays(20).toString(), "facts", Map.of(),
					"householdNumber", number));
			graphQlAs(Persona.HEALTH_SYSTEM).documentName("warnings")
				.operationName("push")
				.variable("input", Map.of("batchId", "resident-" + this.run, "warnings", List.of(item)))
				.execute()
				.path("pushWarnings.batch.results[0].outcome")
				.entity(String.class)
				.isEqualTo("ACCEPTED");
			// a visit with the visitor's internal notes
			recordNotedVisit(household, "内部：疑似隐瞒收入", "内部：户主态度消极");

			String village = view(Persona.VILLAGE, household);
			assertThat(village).contains("内部：经核实务工收入高于监测范围", "12317-内部-" + this.run, "内部：邻居反映户主隐瞒务工收入",
					"内部：户主态度消极", "内部：疑似隐瞒收入", "已告知可申请临时救助");
			String resident = view(Persona.RESIDENT, household);
			assertThat(resident).doesNotContain("内部").contains("已告知可申请临时救助", "DISMISSED", "DEPARTMENT_WARNING");
			Map<String, Object> departmentLead = leadOf(Persona.VILLAGE, household, "DEPARTMENT_WARNING");
			assertThat(resident).doesNotContain((String) departmentLead.get("reportedBy"));
		}
		finally {
			settle(ticket);
		}
		// what decided them is the cadres' too
		assertThat(view(Persona.RESIDENT, household)).doesNotContain("内部");
		assertThat(view(Persona.VILLAGE, household)).contains("内部：入户核实，已出院", "内部：来电所述已由医保解决");
	}

	/**
	 * Leaves the shared household without open leads, whatever the test found: the township finds no hardship behind
	 * the warning, the village none behind the ticket.
	 */
	@SuppressWarnings("unchecked")
	private void settle(Map<String, Object> ticket) {
		Map<String, Object> warning = graphQlAs(Persona.TOWNSHIP).documentName("warnings")
			.operationName("state")
			.variable("referenceId", "resident-" + this.run)
			.execute()
			.path("departmentWarning")
			.entity(Map.class)
			.get();
		if (warning != null) {
			graphQlAs(Persona.TOWNSHIP).documentName("warnings")
				.operationName("verify")
				.variable("input", Map.of("warningId", warning.get("id"), "version", warning.get("version"), "confirmed",
						false, "note", "内部：入户核实，已出院，医保报销后自付不高"))
				.execute()
				.path("verifyWarning.userErrors")
				.entityList(Object.class)
				.hasSize(0);
		}
		lead(run(Persona.VILLAGE, "dismissLead", Map.of("leadId", ticket.get("id"), "version", ticket.get("version"),
				"reason", "内部：来电所述已由医保解决")), "dismissLead");
	}

	/** Everything of the household {@code persona} can reach: its leads, case, visits, incomes. */
	private String view(Persona persona, String household) {
		return graphQlAs(persona).documentName("lifecycle")
			.operationName("residentView")
			.variable("id", household)
			.execute()
			.path("household")
			.entity(Map.class)
			.get()
			.toString()
				+ graphQlAs(persona).documentName("lifecycle")
					.operationName("residentHousehold")
					.variable("id", household)
					.execute()
					.path("household")
					.entity(Map.class)
					.get()
					.toString();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> leadOf(Persona persona, String household, String source) {
		return graphQlAs(persona).documentName("lifecycle")
			.operationName("residentView")
			.variable("id", household)
			.execute()
			.path("household.leads")
			.entityList(Map.class)
			.get()
			.stream()
			.map((lead) -> (Map<String, Object>) lead)
			.filter((lead) -> source.equals(lead.get("source")))
			.reduce((first, last) -> last)
			.orElseThrow();
	}

}
