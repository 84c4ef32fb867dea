package org.fangpin.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.DemoGrids;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

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
				.containsEntry("channelReference", hotline.get("channelReference"))
				.containsEntry("status", "OPEN");
			assertThat(this.jdbc.queryForObject("SELECT operation FROM audit_record WHERE target_type = 'Lead' AND target_id = ?",
					String.class, rowId((String) lead.get("id"))))
				.isEqualTo("recordChannelLead");
			hotline.put("channelReference", "12317-2026-0043");
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

	@Test
	void theSameTicketRecordedTwiceIsOneLead() {
		String household = newHousehold();
		String ticket = "12317-" + UUID.randomUUID();
		Map<String, Object> first = lead(run(Persona.TOWNSHIP, "recordChannelLead",
				channelLead(household, "HOTLINE_PETITION", ticket)), "recordChannelLead");
		Map<String, Object> before = snapshot();
		Map<String, Object> again = lead(run(Persona.COUNTY, "recordChannelLead",
				channelLead(household, "HOTLINE_PETITION", ticket)), "recordChannelLead");
		assertThat(again.get("id")).isEqualTo(first.get("id"));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM risk_lead WHERE channel_reference = ?", ticket)).isEqualTo(1);
		// a ticket is about one household; the media may report on several
		String other = newHousehold();
		run(Persona.TOWNSHIP, "recordChannelLead", channelLead(other, "HOTLINE_PETITION", ticket))
			.path("recordChannelLead.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		String article = "报道-" + UUID.randomUUID();
		lead(run(Persona.TOWNSHIP, "recordChannelLead", channelLead(household, "MEDIA", article)), "recordChannelLead");
		lead(run(Persona.TOWNSHIP, "recordChannelLead", channelLead(other, "MEDIA", article)), "recordChannelLead");
		assertThat(count("SELECT COUNT(*) FROM risk_lead WHERE channel_reference = ?", article)).isEqualTo(2);
	}

	@Test
	void aLeadAboutAPersonNotRegisteredWaitsForTheirHouseholdAndKeepsTheDayItCameIn() {
		String idNumber = TestData.newIdNumber();
		String ticket = "12317-" + UUID.randomUUID();
		Map<String, Object> input = channelLead(null, "HOTLINE_PETITION", ticket);
		input.remove("householdId");
		input.put("receivedOn", LocalDate.now().minusDays(3).toString());
		input.put("person", Map.of("name", "王未登", "idNumber", idNumber, "gridCode", "999901100201"));
		assertError(run(Persona.VILLAGE, "recordChannelLead", input), ErrorCode.FORBIDDEN, "recordChannelLead");
		assertError(run(Persona.WORKER2, "recordChannelLead", input), ErrorCode.FORBIDDEN, "recordChannelLead");
		GraphQlTester.Response recorded = run(Persona.TOWNSHIP, "recordChannelLead", input);
		recorded.path("recordChannelLead.lead").valueIsNull();
		recorded.path("recordChannelLead.pending.status").entity(String.class).isEqualTo("WAITING");
		String pending = recorded.path("recordChannelLead.pending.id").entity(String.class).get();
		// recorded again (by the county this time): the same pending lead
		run(Persona.COUNTY, "recordChannelLead", input).path("recordChannelLead.pending.id")
			.entity(String.class)
			.isEqualTo(pending);
		graphQlAs(Persona.COUNTY).documentName("lifecycle")
			.operationName("pendingLeads")
			.execute()
			.path("pendingLeads.edges[*].node.idNumber")
			.entityList(String.class)
			.contains(idNumber);

		String household = graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(DemoGrids.GROUP_A1_1, idNumber))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> lead = lead(run(Persona.TOWNSHIP, "linkPendingLead",
				Map.of("pendingLeadId", pending, "version", 0, "householdId", household)), "linkPendingLead");
		assertThat(lead).containsEntry("channelReference", ticket)
			.containsEntry("status", "OPEN")
			.containsEntry("receivedOn", LocalDate.now().minusDays(3).toString());
		run(Persona.TOWNSHIP, "linkPendingLead", Map.of("pendingLeadId", pending, "version", 1, "householdId", household))
			.path("linkPendingLead.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		graphQlAs(Persona.COUNTY).documentName("lifecycle")
			.operationName("pendingLeads")
			.execute()
			.path("pendingLeads.edges[*].node.id")
			.entityList(String.class)
			.doesNotContain(pending);
		this.jdbc.update("DELETE FROM pending_lead WHERE channel_reference = ?", ticket);
	}

	private static Map<String, Object> channelLead(String household, String source, String reference) {
		return new HashMap<>(Map.of("householdId", String.valueOf(household), "source", source, "channelReference", reference,
				"receivedOn", LocalDate.now().minusDays(1).toString(), "riskTypes", List.of("OTHER"), "description",
				"来电反映家中老人重病"));
	}

}
