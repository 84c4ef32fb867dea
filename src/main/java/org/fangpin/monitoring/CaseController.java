package org.fangpin.monitoring;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.evidence.EvidenceKind;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.MonitoringInputs.AnnouncementInput;
import org.fangpin.monitoring.MonitoringInputs.AppraisalInput;
import org.fangpin.monitoring.MonitoringInputs.CaseFilter;
import org.fangpin.monitoring.MonitoringInputs.ClearanceApplicationInput;
import org.fangpin.monitoring.MonitoringInputs.ClearanceInput;
import org.fangpin.monitoring.MonitoringInputs.CommitmentInput;
import org.fangpin.monitoring.MonitoringInputs.ContactCadreInput;
import org.fangpin.monitoring.MonitoringInputs.CorrectStepDateInput;
import org.fangpin.monitoring.MonitoringInputs.DecisionInput;
import org.fangpin.monitoring.MonitoringInputs.EliminationApprovalInput;
import org.fangpin.monitoring.MonitoringInputs.MeasureFilingInput;
import org.fangpin.monitoring.MonitoringInputs.NoticeInput;
import org.fangpin.monitoring.MonitoringInputs.RollbackApplicationInput;
import org.fangpin.monitoring.MonitoringInputs.RollbackInput;
import org.fangpin.monitoring.MonitoringInputs.VerificationInput;
import org.fangpin.monitoring.MonitoringPayloads.CasePayload;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.DataSubject;
import org.fangpin.security.CallerContext;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** The case queries and steps, the fields of {@code MonitoredCase} and a household's cases. */
@Controller
class CaseController {

	private final CaseService cases;

	private final HouseholdService households;

	private final EvidenceFiles evidence;

	CaseController(CaseService cases, HouseholdService households, EvidenceFiles evidence, BatchLoaderRegistry loaders) {
		this.cases = cases;
		this.households = households;
		this.evidence = evidence;
		// a household's cases and its active case share one load
		loaders.<Long, List<MonitoredCase>>forName("casesOfHousehold")
			.registerMappedBatchLoader((ids, environment) -> Mono
				.fromCallable(() -> cases.ofHouseholds(CallerContext.of(environment), ids)));
	}

	@Bean
	static NodeResolver caseNodes(CaseService cases) {
		return NodeResolver.of("MonitoredCase", cases::find);
	}

	@QueryMapping("case")
	MonitoredCase caseById(@Argument String id, @ContextValue Caller caller) {
		return this.cases.get(caller, id);
	}

	@QueryMapping
	Connection<MonitoredCase> cases(@Argument @Nullable CaseFilter filter, Page page, @ContextValue Caller caller) {
		return this.cases.list(caller, filter, page);
	}

	@QueryMapping
	Connection<MonitoredCase> myOverdueCases(Page page,
			@ContextValue Caller caller) {
		return this.cases.overdue(caller, page);
	}

	@QueryMapping
	Connection<MonitoredCase> myContactCases(Page page, @ContextValue Caller caller) {
		return this.cases.ofContact(caller, page);
	}

	@QueryMapping
	Connection<MonitoredCase> casesAwaitingMyAction(Page page, @ContextValue Caller caller) {
		return this.cases.awaiting(caller, page);
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<List<MonitoredCase>> cases(Household household,
			DataLoader<Long, List<MonitoredCase>> casesOfHousehold) {
		return casesOfHousehold.load(household.id()).thenApply((cases) -> (cases != null) ? cases : List.of());
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<@Nullable MonitoredCase> activeCase(Household household,
			DataLoader<Long, List<MonitoredCase>> casesOfHousehold) {
		return cases(household, casesOfHousehold)
			.thenApply((cases) -> cases.stream().filter((found) -> found.status().isActive()).findFirst().orElse(null));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, Household> household(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, Household> byId = this.households.findAll(caller,
				cases.stream().map(MonitoredCase::householdId).distinct().toList());
		return cases.stream()
			.filter((found) -> byId.containsKey(found.householdId()))
			.collect(Collectors.toMap(Function.identity(), (found) -> byId.get(found.householdId())));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, List<CaseEvent>> timeline(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, List<CaseEvent>> byCase = this.cases.timelines(cases.stream().map(MonitoredCase::id).toList());
		return cases.stream().collect(Collectors.toMap(Function.identity(), (found) -> byCase.get(found.id())));
	}

	/** Asked of the case on its screen: one at a time, since what refuses a step is read case by case anyway. */
	@SchemaMapping(typeName = "MonitoredCase")
	List<CaseStep> availableActions(MonitoredCase monitoredCase, @Argument @Nullable Boolean blocked,
			@ContextValue Caller caller) {
		return this.cases.availableActions(caller, List.of(monitoredCase), Boolean.TRUE.equals(blocked))
			.get(monitoredCase.id());
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, List<CaseStep>> nextSteps(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, List<CaseStep>> byCase = this.cases.nextSteps(caller, cases);
		return cases.stream().collect(Collectors.toMap(Function.identity(), (found) -> byCase.get(found.id())));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, List<EvidenceFile>> files(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byCase = this.evidence.ofTargets(caller, EvidenceKind.Target.CASE,
				cases.stream().map(MonitoredCase::id).toList());
		return cases.stream().collect(Collectors.toMap(Function.identity(), (found) -> byCase.get(found.id())));
	}

	@SchemaMapping(typeName = "MonitoredCase")
	@Nullable List<EliminationBlocker> eliminationBlockers(MonitoredCase monitoredCase, @Argument @Nullable EliminationKind kind,
			@ContextValue Caller caller) {
		return CaseStatus.ELIMINATING.contains(monitoredCase.status()) ? this.cases.blockers(caller, monitoredCase, kind)
				: null;
	}

	@SchemaMapping(typeName = "MonitoredCase")
	@Nullable Long daysToDeadline(MonitoredCase monitoredCase) {
		return this.cases.daysToDeadline(monitoredCase);
	}

	@SchemaMapping(typeName = "MonitoredCase")
	long daysLate(MonitoredCase monitoredCase) {
		return this.cases.daysLate(monitoredCase);
	}

	@SchemaMapping(typeName = "MonitoredCase")
	boolean identifiedLate(MonitoredCase monitoredCase) {
		return monitoredCase.identifiedAt() != null && monitoredCase.identifiedAt().isAfter(monitoredCase.deadline());
	}

	@SchemaMapping(typeName = "MonitoredCase")
	List<RiskType> riskTypes(MonitoredCase monitoredCase) {
		return RiskTypes.parse(monitoredCase.riskTypes());
	}

	@SchemaMapping(typeName = "MonitoredCase")
	boolean overdue(MonitoredCase monitoredCase) {
		return this.cases.isOverdue(monitoredCase);
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, ContactCadre> contactCadre(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<MonitoredCase, Household> households = household(cases, caller);
		return cases.stream()
			.filter((found) -> found.contactCadreName() != null && households.containsKey(found))
			.collect(Collectors.toMap(Function.identity(), (found) -> new ContactCadre(
					Objects.requireNonNull(found.contactCadreName()), found.contactCadrePhone(),
					found.contactCadreSubject() != null, caller.subject().equals(found.contactCadreSubject()),
					households.get(found))));
	}

	@SchemaMapping(typeName = "CaseEvent")
	List<Role> actorRoles(CaseEvent event) {
		return Role.listOf(event.actorRoles());
	}

	@SchemaMapping(typeName = "CaseEvent")
	List<String> actorGrids(CaseEvent event) {
		return split(event.actorGrids());
	}

	@SchemaMapping(typeName = "CasePayload", field = "case")
	@Nullable MonitoredCase payloadCase(CasePayload payload) {
		return payload.monitoredCase();
	}

	@MutationMapping
	CasePayload recordCommitment(@Argument CommitmentInput input, Act act) {
		return this.cases.recordCommitment(act, input);
	}

	@MutationMapping
	CasePayload recordAppraisal(@Argument AppraisalInput input, Act act) {
		return this.cases.recordAppraisal(act, input);
	}

	@MutationMapping
	CasePayload recordNotice(@Argument NoticeInput input, Act act) {
		return this.cases.recordNotice(act, input);
	}

	@MutationMapping
	CasePayload recordVerification(@Argument VerificationInput input, Act act) {
		return this.cases.recordVerification(act, input);
	}

	@MutationMapping
	CasePayload approveCase(@Argument DecisionInput input, Act act) {
		return this.cases.approve(act, input);
	}

	@MutationMapping
	CasePayload rejectCase(@Argument DecisionInput input, Act act) {
		return this.cases.reject(act, input);
	}

	@MutationMapping
	CasePayload assignContactCadre(@Argument ContactCadreInput input, Act act) {
		return this.cases.assignContactCadre(act, input);
	}

	@MutationMapping
	CasePayload proposeElimination(@Argument DecisionInput input, Act act) {
		return this.cases.proposeElimination(act, input);
	}

	@MutationMapping
	CasePayload recordEliminationAppraisal(@Argument AppraisalInput input, Act act) {
		return this.cases.recordEliminationAppraisal(act, input);
	}

	@MutationMapping
	CasePayload recordEliminationNotice(@Argument NoticeInput input, Act act) {
		return this.cases.recordEliminationNotice(act, input);
	}

	@MutationMapping
	CasePayload acceptElimination(@Argument VerificationInput input, Act act) {
		return this.cases.acceptElimination(act, input);
	}

	@MutationMapping
	CasePayload approveElimination(@Argument EliminationApprovalInput input, Act act) {
		return this.cases.approveElimination(act, input);
	}

	@MutationMapping
	CasePayload rollBackCase(@Argument RollbackInput input, Act act) {
		return this.cases.rollBack(act, input);
	}

	@MutationMapping
	CasePayload reportEliminationStandard(@Argument DecisionInput input, Act act) {
		return this.cases.reportEliminationStandard(act, input);
	}

	@MutationMapping
	CasePayload recordAnnouncement(@Argument AnnouncementInput input, Act act) {
		return this.cases.recordAnnouncement(act, input);
	}

	@MutationMapping
	CasePayload recordEliminationAnnouncement(@Argument AnnouncementInput input, Act act) {
		return this.cases.recordEliminationAnnouncement(act, input);
	}

	@MutationMapping
	CasePayload applyForRollback(@Argument RollbackApplicationInput input, Act act) {
		return this.cases.applyForRollback(act, input);
	}

	@MutationMapping
	CasePayload applyForClearance(@Argument ClearanceApplicationInput input, Act act) {
		return this.cases.applyForClearance(act, input);
	}

	@MutationMapping
	CasePayload recordMeasureNotice(@Argument MeasureNoticeInput input, Act act) {
		return this.cases.recordMeasureNotice(act, input);
	}

	@MutationMapping
	CasePayload correctStepDate(@Argument CorrectStepDateInput input, Act act) {
		return this.cases.correctStepDate(act, input);
	}

	@MutationMapping
	CasePayload fileMeasures(@Argument MeasureFilingInput input, Act act) {
		return this.cases.fileMeasures(act, input);
	}

	@MutationMapping
	CasePayload clearCase(@Argument ClearanceInput input, Act act) {
		return this.cases.clear(act, input);
	}

	private static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

	/** 监测联系人 as the schema shows it: the duties covering the household the cadre looks after release the phone. */
	record ContactCadre(String name, @Nullable String phone, boolean account, boolean mine, Household household)
			implements DataSubject {

		@Override
		public Long dataSubjectHousehold() {
			return this.household.id();
		}

		@Override
		public String dataSubjectGrid() {
			return this.household.groupCode();
		}

	}

}
