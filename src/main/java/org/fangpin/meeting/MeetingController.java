package org.fangpin.meeting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.grid.Grid;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.meeting.MeetingInputs.VillageMeetingInput;
import org.fangpin.meeting.MeetingInputs.VillageMeetingPayload;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Village meetings: recording one, the village's list, a household's, and the fields of a meeting. */
@Controller
class MeetingController {

	private final MeetingService meetings;

	private final HouseholdService households;

	private final LeadService leads;

	private final CaseService cases;

	MeetingController(MeetingService meetings, HouseholdService households, LeadService leads, CaseService cases) {
		this.meetings = meetings;
		this.households = households;
		this.leads = leads;
		this.cases = cases;
	}

	@Bean
	static NodeResolver villageMeetingNodes(MeetingService meetings) {
		return NodeResolver.of("VillageMeeting", meetings::find);
	}

	@MutationMapping
	VillageMeetingPayload recordVillageMeeting(@Argument VillageMeetingInput input, Act act) {
		return this.meetings.record(act, input);
	}

	@SchemaMapping(typeName = "Grid")
	Connection<VillageMeeting> villageMeetings(Grid grid, @Argument @Nullable VillageMeetingKind kind, Page page,
			@ContextValue Caller caller) {
		return this.meetings.list(caller, grid.code(), kind, page);
	}

	@SchemaMapping(typeName = "Household")
	List<VillageMeeting> meetings(Household household, @ContextValue Caller caller) {
		return this.meetings.ofHousehold(caller, household);
	}

	@SchemaMapping(typeName = "VillageMeeting")
	List<String> attendees(VillageMeeting meeting) {
		return meeting.attendees();
	}

	@BatchMapping(typeName = "VillageMeeting")
	Map<VillageMeeting, List<MeetingHousehold>> households(List<VillageMeeting> meetings, @ContextValue Caller caller) {
		Map<Long, List<MeetingHousehold>> byMeeting = this.meetings.householdsOf(caller,
				meetings.stream().map(VillageMeeting::id).toList());
		return meetings.stream()
			.collect(Collectors.toMap((meeting) -> meeting,
					(meeting) -> byMeeting.getOrDefault(meeting.id(), List.of())));
	}

	@BatchMapping(typeName = "MeetingHousehold")
	Map<MeetingHousehold, Household> household(List<MeetingHousehold> discussed, @ContextValue Caller caller) {
		Map<Long, Household> byId = this.households.findAll(caller,
				discussed.stream().map(MeetingHousehold::householdId).distinct().toList());
		return discussed.stream()
			.filter((row) -> byId.containsKey(row.householdId()))
			.collect(Collectors.toMap((row) -> row, (row) -> byId.get(row.householdId())));
	}

	@SchemaMapping(typeName = "MeetingHousehold")
	@Nullable Lead lead(MeetingHousehold discussed, @ContextValue Caller caller) {
		return (discussed.leadId() != null) ? this.leads.find(caller, discussed.leadId()) : null;
	}

	@SchemaMapping(typeName = "MeetingHousehold", field = "case")
	@Nullable MonitoredCase caseOf(MeetingHousehold discussed, @ContextValue Caller caller) {
		return (discussed.caseId() != null) ? this.cases.find(caller, discussed.caseId()) : null;
	}

}
