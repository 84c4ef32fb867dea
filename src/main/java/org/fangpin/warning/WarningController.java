package org.fangpin.warning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.JsonArgument;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.UserError;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.monitoring.CaseType;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.warning.WarningInputs.CloseWarningInput;
import org.fangpin.warning.WarningInputs.CorrectWarningInput;
import org.fangpin.warning.WarningInputs.LinkWarningInput;
import org.fangpin.warning.WarningInputs.NoteWarningInput;
import org.fangpin.warning.WarningInputs.PeriodInput;
import org.fangpin.warning.WarningInputs.PushWarningsInput;
import org.fangpin.warning.WarningInputs.PushWarningsPayload;
import org.fangpin.warning.WarningInputs.ReceivedBatch;
import org.fangpin.warning.WarningInputs.VerifyWarningInput;
import org.fangpin.warning.WarningInputs.RegisterWebhookInput;
import org.fangpin.warning.WarningInputs.WarningPayload;
import org.fangpin.warning.WarningInputs.WebhookEnabledInput;
import org.fangpin.warning.WarningInputs.WebhookPayload;
import org.fangpin.warning.WarningInputs.WithdrawWarningInput;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The warning queries and mutations and the fields of {@code DepartmentWarning} and its batches. */
@Controller
class WarningController {

	private final WarningService warnings;

	private final WarningVerification verification;

	private final WarningFeed feed;

	private final WarningResolution resolution;

	private final ScreeningCalendar calendar;

	private final WebhookService webhooks;

	private final HouseholdService households;

	private final LeadService leads;

	private final CaseService cases;

	WarningController(WarningService warnings, WarningVerification verification, WarningFeed feed,
			WarningResolution resolution, ScreeningCalendar calendar, WebhookService webhooks,
			HouseholdService households, LeadService leads, CaseService cases) {
		this.warnings = warnings;
		this.webhooks = webhooks;
		this.calendar = calendar;
		this.resolution = resolution;
		this.verification = verification;
		this.feed = feed;
		this.households = households;
		this.leads = leads;
		this.cases = cases;
	}

	@Bean
	static NodeResolver warningNodes(WarningService warnings) {
		return NodeResolver.of("DepartmentWarning", true, warnings::find);
	}

	@QueryMapping
	@Nullable ReceivedBatch warningBatch(@Argument String batchId, @ContextValue Caller caller) {
		return this.warnings.batch(caller, batchId);
	}

	@QueryMapping
	@Nullable DepartmentWarning departmentWarning(@Argument String referenceId, @ContextValue Caller caller) {
		return this.warnings.byReference(caller, referenceId);
	}

	@QueryMapping
	Connection<WarningChange> warningUpdates(Page page, @ContextValue Caller caller) {
		return this.feed.updates(caller, page);
	}

	@QueryMapping
	Connection<DepartmentWarning> warningsAwaitingVerification(@Argument @Nullable Boolean overdue,
			Page page, @ContextValue Caller caller) {
		return this.warnings.awaitingVerification(caller, Boolean.TRUE.equals(overdue), page);
	}

	@QueryMapping
	Connection<DepartmentWarning> unmatchedWarnings(Page page,
			@ContextValue Caller caller) {
		return this.warnings.unmatched(caller, page);
	}

	@QueryMapping
	List<WarningMetrics> warningMetrics(@Argument @Nullable PeriodInput period, @ContextValue Caller caller) {
		return this.calendar.metrics(caller,
				(period != null) ? Period.of(period.year(), period.quarter(), period.month()) : null);
	}

	@QueryMapping
	List<ScreeningCalendar.CountyCalendar> screeningCalendar(@Argument int year, @ContextValue Caller caller) {
		return this.calendar.calendar(caller, year);
	}

	@MutationMapping
	PushWarningsPayload pushWarnings(@JsonArgument("input") PushWarningsInput input, Act act) {
		return this.warnings.push(act, input);
	}

	@MutationMapping
	WarningPayload verifyWarning(@Argument VerifyWarningInput input, Act act) {
		return this.verification.verify(act, input);
	}

	@MutationMapping
	WarningPayload noteWarning(@Argument NoteWarningInput input, Act act) {
		return this.verification.note(act, input);
	}

	@QueryMapping
	List<DepartmentWebhook> departmentWebhooks(@ContextValue Caller caller) {
		return this.webhooks.inScope(caller);
	}

	@MutationMapping
	WebhookPayload registerWebhook(@Argument RegisterWebhookInput input, Act act) {
		return this.webhooks.register(act, input);
	}

	@MutationMapping
	WebhookPayload setWebhookEnabled(@Argument WebhookEnabledInput input, Act act) {
		return this.webhooks.setEnabled(act, input);
	}

	@MutationMapping
	WarningPayload correctWarning(@JsonArgument("input") CorrectWarningInput input, Act act) {
		return this.resolution.correct(act, input);
	}

	@MutationMapping
	WarningPayload withdrawWarning(@Argument WithdrawWarningInput input, Act act) {
		return this.resolution.withdraw(act, input);
	}

	@MutationMapping
	WarningPayload linkWarning(@Argument LinkWarningInput input, Act act) {
		return this.resolution.link(act, input);
	}

	@MutationMapping
	WarningPayload closeWarning(@Argument CloseWarningInput input, Act act) {
		return this.resolution.closeUnmatched(act, input);
	}

	/** The same as a webhook delivery's, so that a receiver that also polls deduplicates across both. */
	@SchemaMapping(typeName = "WarningChange")
	String sequence(WarningChange change) {
		return String.valueOf(change.id());
	}

	@SchemaMapping(typeName = "WarningChange")
	String warningId(WarningChange change) {
		return new GlobalId("DepartmentWarning", change.warningId()).encode();
	}

	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, List<WarningNote>> notes(List<DepartmentWarning> warnings) {
		Map<Long, List<WarningNote>> byWarning = this.verification
			.notes(warnings.stream().map(DepartmentWarning::id).toList());
		return warnings.stream()
			.collect(Collectors.toMap(Function.identity(), (warning) -> byWarning.get(warning.id())));
	}

	@SchemaMapping(typeName = "WarningResult")
	@Nullable String warningId(WarningResult result) {
		return (result.warningId() != null) ? new GlobalId("DepartmentWarning", result.warningId()).encode() : null;
	}

	@SchemaMapping(typeName = "WarningResult")
	List<UserError> errors(WarningResult result) {
		return this.warnings.errors(result);
	}

	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, Household> household(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		Map<Long, Household> byId = this.households.findAll(caller,
				warnings.stream().map(DepartmentWarning::householdId).filter(Objects::nonNull).distinct().toList());
		return warnings.stream()
			.filter((warning) -> warning.householdId() != null && byId.containsKey(warning.householdId()))
			.collect(Collectors.toMap(Function.identity(), (warning) -> byId.get(warning.householdId())));
	}

	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, Lead> lead(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		Map<Long, Lead> byId = this.leads.findAll(caller,
				warnings.stream().map(DepartmentWarning::leadId).filter(Objects::nonNull).distinct().toList());
		return warnings.stream()
			.filter((warning) -> warning.leadId() != null && byId.containsKey(warning.leadId()))
			.collect(Collectors.toMap(Function.identity(), (warning) -> byId.get(warning.leadId())));
	}

	/** The type of the case the warning's lead went into, once it did. */
	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, CaseType> caseType(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		return casesOf(warnings, caller, MonitoredCase::type);
	}

	/** The status of that case now. */
	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, CaseStatus> caseStatus(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		return casesOf(warnings, caller, MonitoredCase::status);
	}

	private <T> Map<DepartmentWarning, T> casesOf(List<DepartmentWarning> warnings, Caller caller,
			Function<MonitoredCase, T> value) {
		Map<Long, Lead> leadsById = this.leads.findAll(caller,
				warnings.stream().map(DepartmentWarning::leadId).filter(Objects::nonNull).distinct().toList());
		Map<Long, MonitoredCase> casesById = this.cases.findAll(caller,
				leadsById.values().stream().map(Lead::caseId).filter(Objects::nonNull).distinct().toList());
		Map<DepartmentWarning, T> values = new HashMap<>();
		for (DepartmentWarning warning : warnings) {
			Lead lead = (warning.leadId() != null) ? leadsById.get(warning.leadId()) : null;
			MonitoredCase monitoredCase = (lead != null && lead.caseId() != null) ? casesById.get(lead.caseId()) : null;
			if (monitoredCase != null) {
				values.put(warning, value.apply(monitoredCase));
			}
		}
		return values;
	}

	@SchemaMapping(typeName = "DepartmentWarning")
	List<RiskType> riskTypes(DepartmentWarning warning) {
		return RiskTypes.parse(warning.riskTypes());
	}

	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, WarningFacts.Shown> facts(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		Map<DepartmentWarning, Household> households = household(warnings, caller);
		return warnings.stream()
			.collect(Collectors.toMap(Function.identity(), (warning) -> new WarningFacts.Shown(warning,
					this.warnings.facts(warning), households.get(warning))));
	}

	@SchemaMapping(typeName = "DepartmentWarning")
	@Nullable String idNumber(DepartmentWarning warning) {
		return this.warnings.idNumber(warning);
	}

	@SchemaMapping(typeName = "DepartmentWarning")
	boolean overdue(DepartmentWarning warning) {
		return this.warnings.isOverdue(warning);
	}

}
