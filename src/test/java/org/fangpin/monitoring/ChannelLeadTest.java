package org.fangpin.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Leads from the 12317 hotline, petitions and the media are recorded by the township or county that
 * received them, with the channel's reference and date, and wait for the household's village.
 */
class ChannelLeadTest extends LifecycleTest {

	@Test
	void townshipAndCountyRecordChannelLeadsThatTheVillageDecides() {
		String household = newHousehold();
		Map<String, Object> hotline = channelLead(household, "HOTLINE_PETITION", "12317-2026-0042");
		for (Persona persona : List.of(Persona.TOWNSHIP, Persona.COUNTY)) {
			Map<String, Object> lead = lead(run(persona, "recordChannelLead", hotline), "recordChannelLead");
			assertThat(lead).containsEntry("source", "HOTLINE_PETITION")
				.containsEntry("channelReference", "12317-2026-0042")
				.containsEntry("status", "OPEN");
			assertThat(this.jdbc.queryForObject("SELECT operation FROM audit_record WHERE target_type = 'Lead' AND target_id = ?",
					String.class, rowId((String) lead.get("id"))))
				.isEqualTo("recordChannelLead");
		}
		graphQlAs(Persona.VILLAGE).document("{ leadsAwaitingDecision(first: 100) { edges { node { channelReference } } } }")
			.execute()
			.path("leadsAwaitingDecision.edges[*].node.channelReference")
			.entityList(String.class)
			.contains("12317-2026-0042");
	}

	@Test
	void aChannelLeadNeedsItsChannelAndReferenceAndOnlyTownshipOrCountyRecordIt() {
		String household = newHousehold();
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.WORKER, Persona.VILLAGE, Persona.AUDITOR, Persona.CIVIL)) {
			assertError(run(persona, "recordChannelLead", channelLead(household, "MEDIA", "报道-1")), ErrorCode.FORBIDDEN,
					"recordChannelLead");
		}
		run(Persona.TOWNSHIP, "recordChannelLead", channelLead(household, "CADRE_INSPECTION", "x"))
			.path("recordChannelLead.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("source");
		Map<String, Object> future = channelLead(household, "MEDIA", " ");
		future.put("receivedOn", LocalDate.now().plusDays(2).toString());
		run(Persona.TOWNSHIP, "recordChannelLead", future).path("recordChannelLead.userErrors[*].field")
			.entityList(Object.class)
			.hasSize(2);
		assertThat(snapshot()).isEqualTo(before);
	}

	private static Map<String, Object> channelLead(String household, String source, String reference) {
		return new HashMap<>(Map.of("householdId", household, "source", source, "channelReference", reference,
				"receivedOn", LocalDate.now().minusDays(1).toString(), "riskTypes", List.of("OTHER"), "description",
				"来电反映家中老人重病"));
	}

}
