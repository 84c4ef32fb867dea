package org.fangpin.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.Page;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.MonitoringInputs.AcceptLeadInput;
import org.fangpin.monitoring.MonitoringInputs.ChannelLeadInput;
import org.fangpin.monitoring.MonitoringInputs.DeclareDifficultyInput;
import org.fangpin.monitoring.MonitoringInputs.DismissLeadInput;
import org.fangpin.monitoring.MonitoringInputs.LinkPendingLeadInput;
import org.fangpin.monitoring.MonitoringInputs.ReportLeadInput;
import org.fangpin.monitoring.MonitoringPayloads.LeadPayload;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The lead queries and mutations, the fields of {@code Lead} and a household's leads. */
@Controller
class LeadController {

	private final LeadService leads;

	private final LeadChannels channels;

	private final CaseService cases;

	private final HouseholdService households;

	LeadController(LeadService leads, LeadChannels channels, CaseService cases, HouseholdService households) {
		this.leads = leads;
		this.channels = channels;
		this.cases = cases;
		this.households = households;
	}

	@Bean
	static NodeResolver leadNodes(LeadService leads) {
		return NodeResolver.of("Lead", leads::find);
	}

	@QueryMapping
	Lead lead(@Argument String id, @ContextValue Caller caller) {
		return this.leads.get(caller, id);
	}

	@QueryMapping
	Connection<Lead> leads(@Argument @Nullable LeadStatus status, Page page, @ContextValue Caller caller) {
		return this.leads.list(caller, status, page);
	}

	@QueryMapping
	Connection<Lead> leadsAwaitingDecision(Page page,
			@ContextValue Caller caller) {
		return this.leads.awaitingDecision(caller, page);
	}

	@BatchMapping(typeName = "Household")
	Map<Household, List<Lead>> leads(List<Household> households, @ContextValue Caller caller) {
		Map<Long, List<Lead>> byHousehold = this.leads.ofHouseholds(caller,
				households.stream().map(Household::id).toList());
		return households.stream()
			.collect(Collectors.toMap(Function.identity(), (household) -> byHousehold.get(household.id())));
	}

	@BatchMapping(typeName = "MonitoredCase", field = "leads")
	Map<MonitoredCase, List<Lead>> leadsOfCases(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, List<Lead>> byCase = this.leads.ofCases(caller,
				cases.stream().map(MonitoredCase::id).toList());
		return cases.stream().collect(Collectors.toMap(Function.identity(), (found) -> byCase.get(found.id())));
	}

	@BatchMapping(typeName = "Lead")
	Map<Lead, Household> household(List<Lead> leads, @ContextValue Caller caller) {
		Map<Long, Household> byId = this.households.findAll(caller,
				leads.stream().map(Lead::householdId).distinct().toList());
		return leads.stream()
			.filter((lead) -> byId.containsKey(lead.householdId()))
			.collect(Collectors.toMap(Function.identity(), (lead) -> byId.get(lead.householdId())));
	}

	@BatchMapping(typeName = "Lead", field = "case")
	Map<Lead, MonitoredCase> caseOfLead(List<Lead> leads, @ContextValue Caller caller) {
		Map<Long, MonitoredCase> byId = this.cases.findAll(caller,
				leads.stream().map(Lead::caseId).filter(Objects::nonNull).distinct().toList());
		return leads.stream()
			.filter((lead) -> lead.caseId() != null && byId.containsKey(lead.caseId()))
			.collect(Collectors.toMap(Function.identity(), (lead) -> byId.get(lead.caseId())));
	}

	@SchemaMapping(typeName = "Lead")
	List<RiskType> riskTypes(Lead lead) {
		return RiskTypes.parse(lead.riskTypes());
	}

	@MutationMapping
	LeadPayload reportLead(@Argument ReportLeadInput input, Act act) {
		return this.leads.report(act, input);
	}

	@MutationMapping
	LeadPayload recordChannelLead(@Argument ChannelLeadInput input, Act act) {
		return this.channels.record(act, input);
	}

	@MutationMapping
	LeadPayload linkPendingLead(@Argument LinkPendingLeadInput input, Act act) {
		return this.channels.link(act, input);
	}

	@QueryMapping
	Connection<PendingLead> pendingLeads(Page page, @ContextValue Caller caller) {
		return this.channels.pending(caller, page);
	}

	@SchemaMapping(typeName = "PendingLead")
	String id(PendingLead pending) {
		return new GlobalId("PendingLead", pending.id()).encode();
	}

	@SchemaMapping(typeName = "PendingLead")
	List<RiskType> riskTypes(PendingLead pending) {
		return RiskTypes.parse(pending.riskTypes());
	}

	@SchemaMapping(typeName = "PendingLead")
	@Nullable String idNumber(PendingLead pending) {
		return this.channels.idNumber(pending);
	}

	@SchemaMapping(typeName = "PendingLead")
	@Nullable Lead lead(PendingLead pending, @ContextValue Caller caller) {
		return (pending.leadId() != null) ? this.leads.find(caller, pending.leadId()) : null;
	}

	@MutationMapping
	LeadPayload declareDifficulty(@Argument DeclareDifficultyInput input, Act act) {
		return this.leads.declare(act, input);
	}

	@MutationMapping
	LeadPayload acceptLead(@Argument AcceptLeadInput input, Act act) {
		return this.leads.accept(act, input);
	}

	@MutationMapping
	LeadPayload dismissLead(@Argument DismissLeadInput input, Act act) {
		return this.leads.dismiss(act, input);
	}

}
