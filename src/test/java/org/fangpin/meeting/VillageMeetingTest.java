package org.fangpin.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_A2_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * The village records its own meetings outside campaigns, with the households discussed and the lead or case
 * each decision produced; the meetings are listed per village and on each household discussed, to the village
 * and above; a retry under the same client key records the meeting once.
 */
class VillageMeetingTest extends ApiTest {

	private final CaseFixtures fixtures = new CaseFixtures();

	@AfterEach
	void removeMeetings() {
		this.jdbc.update("DELETE FROM village_meeting_household");
		this.jdbc.update("DELETE FROM village_meeting");
		this.jdbc.update("DELETE FROM risk_lead WHERE description = '会议研判：因病支出大'");
		this.fixtures.remove(this.jdbc);
	}

	@Test
	void theVillageRecordsItsThursdayJudgmentWithTheLeadsAndCasesItProduced() {
		long monitored = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "PENDING_COMMITMENT", "ILLNESS");
		long caseId = this.jdbc.queryForObject("SELECT id FROM monitored_case WHERE household_id = ? AND status = 'PENDING_COMMITMENT'",
				Long.class, monitored);
		String other = householdIn(GROUP_A1_2);
		String lead = graphQlAs(Persona.VILLAGE)
			.document("""
					mutation($input: ReportLeadInput!) { reportLead(input: $input) { lead { id } userErrors { message } } }""")
			.variable("input", Map.of("householdId", other, "source", "CADRE_INSPECTION", "riskTypes", List.of("ILLNESS"),
					"description", "会议研判：因病支出大"))
			.execute()
			.path("reportLead.lead.id")
			.entity(String.class)
			.get();
		String held = LocalDate.ofInstant(this.clock.instant(), InputCheck.ZONE).minusDays(1).toString();
		Map<String, Object> input = new HashMap<>(Map.of("villageCode", VILLAGE_A1, "kind", "WEEKLY_JUDGMENT", "heldOn", held,
				"attendance", 7, "attendees", List.of("王书记", "李主任"), "note", "逐户研判本周排查发现风险的农户",
				"clientKey", "meeting-0001-retry",
				"households", List.of(
						Map.of("householdId", globalId("Household", monitored), "decision", "已纳入程序，待签承诺书",
								"caseId", globalId("MonitoredCase", caseId)),
						Map.of("householdId", other, "decision", "拟纳入", "leadId", lead))));

		// the grid worker and the township take no such step; the cadre of another village cannot reach these households
		assertError(record(Persona.WORKER, input), ErrorCode.FORBIDDEN, "recordVillageMeeting");
		assertError(record(Persona.TOWNSHIP, input), ErrorCode.FORBIDDEN, "recordVillageMeeting");

		// a lead or case of another household, a household of another village, a future day: refused, nothing written
		Map<String, Object> wrong = new HashMap<>(input);
		wrong.put("households", List.of(Map.of("householdId", other, "leadId", globalId("Lead", 1L)),
				Map.of("householdId", globalId("Household", monitored), "caseId", globalId("MonitoredCase", caseId + 1_000_000))));
		wrong.put("heldOn", LocalDate.ofInstant(this.clock.instant(), InputCheck.ZONE).plusDays(1).toString());
		List<String> fields = record(Persona.VILLAGE, wrong).path("recordVillageMeeting.userErrors[*].field[0]")
			.entityList(String.class)
			.get();
		assertThat(fields).contains("households", "heldOn");
		Map<String, Object> otherVillage = new HashMap<>(input);
		otherVillage.put("households", List.of(Map.of("householdId", householdIn(GROUP_A2_1))));
		assertError(record(Persona.VILLAGE, otherVillage), ErrorCode.NOT_FOUND, "recordVillageMeeting");
		assertThat(count("SELECT COUNT(*) FROM village_meeting")).isZero();

		GraphQlTester.Response recorded = record(Persona.VILLAGE, input);
		recorded.path("recordVillageMeeting.userErrors").entityList(Object.class).hasSize(0);
		String meeting = recorded.path("recordVillageMeeting.meeting.id").entity(String.class).get();
		recorded.path("recordVillageMeeting.meeting.attendees").entityList(String.class).containsExactly("王书记", "李主任");
		recorded.path("recordVillageMeeting.meeting.households[?(@.household.id == '" + other + "')].lead.id")
			.entityList(String.class)
			.containsExactly(lead);
		recorded.path("recordVillageMeeting.meeting.households[?(@.decision == '已纳入程序，待签承诺书')].case.id")
			.entityList(String.class)
			.containsExactly(globalId("MonitoredCase", caseId));
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'recordVillageMeeting'")).isPositive();

		// sent again under its key: the same meeting, recorded once; other content under the key is a conflict
		record(Persona.VILLAGE, input).path("recordVillageMeeting.meeting.id").entity(String.class).isEqualTo(meeting);
		assertThat(count("SELECT COUNT(*) FROM village_meeting")).isEqualTo(1);
		Map<String, Object> changed = new HashMap<>(input);
		changed.put("attendance", 8);
		record(Persona.VILLAGE, changed).path("recordVillageMeeting.userErrors[0].code").entity(String.class)
			.isEqualTo("CONFLICT");

		// listed per village, for the village and the township above it
		for (Persona persona : List.of(Persona.VILLAGE, Persona.TOWNSHIP)) {
			graphQlAs(persona).documentName("villageMeeting")
				.operationName("villageMeetings")
				.variable("gridCode", (persona == Persona.VILLAGE) ? VILLAGE_A1 : TOWNSHIP_A)
				.execute()
				.path("grid.villageMeetings.edges[*].node.id")
				.entityList(String.class)
				.containsExactly(meeting);
		}
		// and on each household discussed, to the village and above; the meeting's note and attendance are the
		// village's, so the grid worker of the group sees the household but not the meeting
		householdMeetings(Persona.VILLAGE, other).path("household.meetings[*].id").entityList(String.class)
			.containsExactly(meeting);
		householdMeetings(Persona.TOWNSHIP, globalId("Household", monitored)).path("household.meetings[0].households[*].decision")
			.entityList(String.class)
			.contains("已纳入程序，待签承诺书", "拟纳入");
		householdMeetings(Persona.WORKER, globalId("Household", monitored)).path("household.meetings")
			.entityList(Object.class)
			.hasSize(0);
		// the other township's worker and the departments see nothing of it
		assertError(householdMeetings(Persona.WORKER2, other), ErrorCode.NOT_FOUND, "household");
		householdMeetings(Persona.CIVIL, other).errors()
			.expect((error) -> "FORBIDDEN".equals(error.getExtensions().get("code")))
			.verify();
	}

	private GraphQlTester.Response record(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("villageMeeting")
			.operationName("recordVillageMeeting")
			.variable("input", input)
			.execute();
	}

	private GraphQlTester.Response householdMeetings(Persona persona, String household) {
		return graphQlAs(persona).documentName("villageMeeting")
			.operationName("householdMeetings")
			.variable("id", household)
			.execute();
	}

}
