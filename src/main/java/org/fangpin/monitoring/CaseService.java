package org.fangpin.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.LabourCapacity;
import org.fangpin.household.Member;
import org.fangpin.monitoring.MonitoringInputs.AppraisalInput;
import org.fangpin.monitoring.MonitoringInputs.CaseFilter;
import org.fangpin.monitoring.MonitoringInputs.ClearanceInput;
import org.fangpin.monitoring.MonitoringInputs.CommitmentInput;
import org.fangpin.monitoring.MonitoringInputs.ContactCadreInput;
import org.fangpin.monitoring.MonitoringInputs.DecisionInput;
import org.fangpin.monitoring.MonitoringInputs.EliminationApprovalInput;
import org.fangpin.monitoring.MonitoringInputs.NoticeInput;
import org.fangpin.monitoring.MonitoringInputs.RollbackInput;
import org.fangpin.monitoring.MonitoringInputs.VerificationInput;
import org.fangpin.monitoring.MonitoringPayloads.CasePayload;
import org.fangpin.security.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Duties;
import org.fangpin.security.Duty;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Scope;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitored cases: reading them within scope, opening them from leads, and every step of their
 * lifecycle. A step is refused unless the caller's role and grid level take it ({@link Transition}), the
 * case is in a status it starts from, and the version is the one the caller read; two callers acting at
 * once cannot both succeed, because the status change is conditional on both.
 */
@Service
public class CaseService {

	static final int MAX_TEXT_LENGTH = 1000;

	private final CaseMapper cases;

	private final HouseholdService households;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json;

	private final CountySettings settings;

	private final List<EliminationCondition> eliminationConditions;

	private final Duties duties;

	private final CaseEvidence evidence;

	private final ApplicationEventPublisher events;

	CaseService(CaseMapper cases, HouseholdService households, IdGenerator ids, AuditLog audit, Clock clock,
			JsonMapper json, CountySettings settings, List<EliminationCondition> eliminationConditions, Duties duties,
			CaseEvidence evidence,
			ApplicationEventPublisher events) {
		this.cases = cases;
		this.households = households;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
		this.settings = settings;
		this.eliminationConditions = eliminationConditions;
		this.duties = duties;
		this.evidence = evidence;
		this.events = events;
	}

	public @Nullable MonitoredCase find(Caller caller, long id) {
		return this.cases.findByIds(Scope.of(caller), List.of(id)).stream().findFirst().orElse(null);
	}

	public MonitoredCase get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "MonitoredCase")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("监测对象"));
	}

	public Map<Long, MonitoredCase> findAll(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.cases.findByIds(Scope.of(caller), ids)
			.stream()
			.collect(Collectors.toMap(MonitoredCase::id, (found) -> found));
	}

	public Connection<MonitoredCase> list(Caller caller, @Nullable CaseFilter filter, Page page) {
		return page(caller, query(filter), page);
	}

	/** Cases still being identified after their deadline. */
	public Connection<MonitoredCase> overdue(Caller caller, Page page) {
		return page(caller, new CaseQuery(Set.of(), null, null, null, this.clock.instant(), null, null, null, List.of(), null),
				page);
	}

	/**
	 * Cases waiting for a step the caller takes, each under the grid of a duty that takes it: a village cadre who
	 * is also a township officer elsewhere sees that township's verifications, not its villages' appraisals.
	 */
	public Connection<MonitoredCase> awaiting(Caller caller, Page page) {
		List<CaseQuery.Work> work = new ArrayList<>();
		for (HeldDuty duty : caller.duties()) {
			Set<CaseStatus> statuses = Transition.awaiting(duty, this.duties);
			// a monitored case waits on the village only until it has its contact cadre (seed 003: 一户一人)
			boolean withoutContactCadre = this.duties.of(Transition.ASSIGN_CONTACT_CADRE.mutation()).isTakenBy(duty);
			if (!statuses.isEmpty() || withoutContactCadre) {
				work.add(new CaseQuery.Work(duty.grid(), statuses, withoutContactCadre));
			}
		}
		if (work.isEmpty()) {
			return page.toConnection(List.of(), MonitoredCase::id, () -> 0);
		}
		return page(caller, new CaseQuery(Set.of(), null, null, null, null, null, null, null, work, null), page);
	}

	private Connection<MonitoredCase> page(Caller caller, CaseQuery query, Page page) {
		Scope scope = Scope.of(caller);
		return page.toConnection(this.cases.findPage(scope, query, page.afterId(), page.fetchSize()), MonitoredCase::id,
				() -> this.cases.count(scope, query));
	}

	public Map<Long, List<MonitoredCase>> ofHouseholds(Caller caller, Collection<Long> householdIds) {
		return Batches.group(householdIds, this.cases.findByHouseholds(Scope.of(caller), householdIds),
				MonitoredCase::householdId);
	}

	/** The timelines of cases the caller has already been shown. */
	public Map<Long, List<CaseEvent>> timelines(Collection<Long> caseIds) {
		return Batches.group(caseIds, this.cases.findEvents(caseIds), CaseEvent::caseId);
	}

	public boolean isOverdue(MonitoredCase monitoredCase) {
		return monitoredCase.isOverdue(this.clock.instant());
	}

	private CaseQuery query(@Nullable CaseFilter filter) {
		if (filter == null) {
			return new CaseQuery(Set.of(), null, null, null, null, null, null, null, List.of(), null);
		}
		GridCode grid = null;
		if (filter.gridCode() != null) {
			grid = GridCode.parse(filter.gridCode().strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"));
		}
		Set<CaseStatus> statuses = (filter.statuses() == null || filter.statuses().isEmpty()) ? Set.of()
				: EnumSet.copyOf(filter.statuses());
		return new CaseQuery(statuses, filter.type(), filter.riskType(), grid,
				Boolean.TRUE.equals(filter.overdue()) ? this.clock.instant() : null, filter.contactCadre(),
				startOf(filter.identifiedFrom()),
				startOf((filter.identifiedTo() != null) ? filter.identifiedTo().plusDays(1) : null), List.of(),
				filter.identifiedLate());
	}

	private static @Nullable Instant startOf(@Nullable LocalDate day) {
		return (day != null) ? day.atStartOfDay(InputCheck.ZONE).toInstant() : null;
	}

	// Opening cases from leads (LeadService decides when)

	/**
	 * Opens a case for the household of an accepted lead: identification is due within the county's
	 * identification period (seed 004: at most 15 days) after the lead was received, not after it was typed in.
	 *
	 * @return the case, or null if another case of the household became active meanwhile
	 */
	@Nullable MonitoredCase open(Caller caller, Lead lead, CaseType type, @Nullable String note) {
		Instant now = this.clock.instant();
		Household household = Objects.requireNonNull(this.households.find(caller, lead.householdId()));
		Duration period = this.settings.of(household.groupCode(), CountySetting.IDENTIFICATION_PERIOD);
		MonitoredCase opened = new MonitoredCase(this.ids.nextId(), lead.householdId(), type, lead.riskTypes(),
				CaseStatus.PENDING_COMMITMENT, lead.receivedAt(), lead.receivedAt().plus(period), null,
				null, null, null, now, now, 0);
		try {
			this.cases.insert(opened);
		}
		catch (DuplicateKeyException ex) {
			return null;
		}
		record(caller, opened, null, "OPEN", note, leadEvidence(lead));
		return opened;
	}

	/** Adds a lead's risks to the household's active case; a household never gets a second active case. */
	@Nullable MonitoredCase attach(Caller caller, MonitoredCase active, Lead lead, @Nullable String note) {
		MonitoredCase joined = new MonitoredCase(active.id(), active.householdId(), active.type(),
				RiskTypes.union(active.riskTypes(), RiskTypes.parse(lead.riskTypes())), active.status(),
				active.discoveredAt(), active.deadline(), active.identifiedAt(), active.closedAt(),
				active.contactCadreName(), active.contactCadrePhone(), active.createdAt(), this.clock.instant(),
				active.version() + 1);
		if (this.cases.transition(Scope.of(caller), joined, active.status(), active.version()) == 0) {
			return null;
		}
		record(caller, joined, active.status(), "LEAD_ATTACHED", note,
				leadEvidence(lead));
		return joined;
	}

	/** A lead as the timeline names it: by global id, which a JavaScript client reads without rounding. */
	private static Map<String, @Nullable Object> leadEvidence(Lead lead) {
		return evidence("leadId", new GlobalId("Lead", lead.id()).encode(), "source", lead.source());
	}

	@Nullable MonitoredCase activeCaseOf(long householdId) {
		return this.cases.findActive(householdId);
	}

	// The steps

	@Transactional
	public CasePayload recordCommitment(Act act, CommitmentInput input) {
		InputCheck check = new InputCheck();
		check.notInFuture(input.signedOn(), today(), "signedOn");
		notBeforeLead(check, act.caller(), input.caseId(), input.signedOn(), "承诺授权签署日期", "signedOn");
		String note = noteOf(check, input.note(), false);
		return step(act, input.caseId(), input.version(), Transition.RECORD_COMMITMENT, check, note,
				evidence("signedOn", input.signedOn()), input.files(), UnaryOperator.identity());
	}

	@Transactional
	public CasePayload recordAppraisal(Act act, AppraisalInput input) {
		return appraisal(act, input, input.passed() ? Transition.PASS_APPRAISAL : Transition.FAIL_APPRAISAL);
	}

	@Transactional
	public CasePayload recordEliminationAppraisal(Act act, AppraisalInput input) {
		return appraisal(act, input,
				input.passed() ? Transition.PASS_ELIMINATION_APPRAISAL : Transition.FAIL_ELIMINATION_APPRAISAL);
	}

	private CasePayload appraisal(Act act, AppraisalInput input, Transition transition) {
		InputCheck check = new InputCheck();
		check.notInFuture(input.heldOn(), today(), "heldOn");
		notBeforeLead(check, act.caller(), input.caseId(), input.heldOn(), "评议日期", "heldOn");
		check.require(input.participants() >= 1 && input.participants() <= 10_000,
				"参会人数应为1到10000 (participants must be 1..10000)", "participants");
		if (transition == Transition.PASS_APPRAISAL || transition == Transition.FAIL_APPRAISAL) {
			notBefore(check, act.caller(), input.caseId(), input.heldOn(), Transition.RECORD_COMMITMENT, "signedOn",
					"民主评议日期不能早于承诺授权签署日期", "heldOn");
		}
		eliminationConditions(check, act.caller(), input.caseId(), transition);
		// an appraisal that does not pass says why: the case closes (or goes back to monitoring) on it
		String note = noteOf(check, input.note(), !input.passed());
		return step(act, input.caseId(), input.version(), transition, check, note,
				evidence("heldOn", input.heldOn(), "participants", input.participants(), "passed", input.passed()),
				input.files(), UnaryOperator.identity());
	}

	@Transactional
	public CasePayload recordNotice(Act act, NoticeInput input) {
		return notice(act, input, Transition.RECORD_NOTICE, Transition.PASS_APPRAISAL);
	}

	@Transactional
	public CasePayload recordEliminationNotice(Act act, NoticeInput input) {
		return notice(act, input, Transition.RECORD_ELIMINATION_NOTICE, Transition.PASS_ELIMINATION_APPRAISAL);
	}

	/**
	 * A notice is recorded once it is over; objections must say how they were settled. It follows the
	 * appraisal that it posts, and lasts at least a day: commitment ≤ appraisal ≤ notice start < notice end ≤
	 * the township's check (which is recorded after the notice, so today at the latest).
	 */
	private CasePayload notice(Act act, NoticeInput input, Transition transition, Transition appraisal) {
		InputCheck check = new InputCheck();
		check.require(input.endOn().isAfter(input.startOn()), "公示结束日期应晚于开始日期 (endOn must be after startOn)",
				"endOn");
		notBefore(check, act.caller(), input.caseId(), input.startOn(), appraisal, "heldOn", "公示开始日期不能早于评议日期",
				"startOn");
		notBeforeLead(check, act.caller(), input.caseId(), input.startOn(), "公示开始日期", "startOn");
		check.notInFuture(input.endOn(), today(), "endOn");
		check.require(input.objections() >= 0, "异议数不能为负 (objections cannot be negative)", "objections");
		eliminationConditions(check, act.caller(), input.caseId(), transition);
		String note = noteOf(check, input.note(), input.objections() > 0);
		return step(act, input.caseId(), input.version(), transition, check, note,
				evidence("startOn", input.startOn(), "endOn", input.endOn(), "objections", input.objections()),
				input.files(), UnaryOperator.identity());
	}

	@Transactional
	public CasePayload recordVerification(Act act, VerificationInput input) {
		return check(act, input,
				Boolean.FALSE.equals(input.passed()) ? Transition.FAIL_VERIFICATION : Transition.RECORD_VERIFICATION);
	}

	@Transactional
	public CasePayload acceptElimination(Act act, VerificationInput input) {
		return check(act, input,
				Boolean.FALSE.equals(input.passed()) ? Transition.FAIL_ACCEPTANCE : Transition.PASS_ACCEPTANCE);
	}

	private CasePayload check(Act act, VerificationInput input, Transition transition) {
		InputCheck check = new InputCheck();
		String checkedBy = check.text(input.checkedBy(), 50, "核查人", "checkedBy");
		String findings = check.text(input.findings(), MAX_TEXT_LENGTH, "核查情况", "findings");
		eliminationConditions(check, act.caller(), input.caseId(), transition);
		// a case that fails the check closes with the findings as its reason, as a rejection does
		String note = (transition == Transition.FAIL_VERIFICATION) ? findings : null;
		return step(act, input.caseId(), input.version(), transition, check, note,
				evidence("checkedBy", checkedBy, "findings", findings, "passed", !Boolean.FALSE.equals(input.passed())),
				input.files(), UnaryOperator.identity());
	}

	@Transactional
	public CasePayload approve(Act act, DecisionInput input) {
		return decision(act, input, Transition.APPROVE, false);
	}

	@Transactional
	public CasePayload reject(Act act, DecisionInput input) {
		return decision(act, input, Transition.REJECT, true);
	}

	@Transactional
	public CasePayload proposeElimination(Act act, DecisionInput input) {
		return decision(act, input, Transition.PROPOSE_ELIMINATION, false);
	}

	private CasePayload decision(Act act, DecisionInput input, Transition transition,
			boolean reasonRequired) {
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), reasonRequired);
		eliminationConditions(check, act.caller(), input.caseId(), transition);
		return step(act, input.caseId(), input.version(), transition, check, note, Map.of(), input.files(),
				UnaryOperator.identity());
	}

	@Transactional
	public CasePayload assignContactCadre(Act act, ContactCadreInput input) {
		InputCheck check = new InputCheck();
		String name = check.personName(input.name(), 50, "name");
		String phone = check.mobile(input.phone(), "phone");
		return step(act, input.caseId(), input.version(), Transition.ASSIGN_CONTACT_CADRE, check, null,
				evidence("name", name), null,
				(next) -> new MonitoredCase(next.id(), next.householdId(), next.type(), next.riskTypes(), next.status(),
						next.discoveredAt(), next.deadline(), next.identifiedAt(), next.closedAt(), name, phone,
						next.createdAt(), next.updatedAt(), next.version()));
	}

	/**
	 * Refused while a condition stands in the way for the kind declared (a guarantee not secured, a measure not
	 * completed, income under the line, no measure that took effect for a stable elimination, …), unless the
	 * county overrides with a reason: the only step that may, and both are recorded.
	 */
	@Transactional
	public CasePayload approveElimination(Act act, EliminationApprovalInput input) {
		Caller caller = act.caller();
		lockForChange(input.caseId());
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		String override = (input.overrideReason() != null && !input.overrideReason().isBlank())
				? check.text(input.overrideReason(), MAX_TEXT_LENGTH, "强制审定理由", "overrideReason") : null;
		MonitoredCase current = findForCheck(caller, input.caseId());
		List<EliminationBlocker> standing = (current != null && Transition.APPROVE_ELIMINATION.startsFrom(current.status()))
				? blockers(caller, current, input.kind()) : List.of();
		List<String> blockers = standing.stream().map(EliminationBlocker::message).toList();
		if (!standing.isEmpty() && override == null) {
			check.fail(refusal(standing) + "。如确需审定，请填写强制审定理由 (give overrideReason to override)",
					"overrideReason");
		}
		return step(act, input.caseId(), input.version(), Transition.APPROVE_ELIMINATION, check, note,
				evidence("kind", input.kind(), "unmetConditions", blockers, "overrideReason", override), input.files(),
				UnaryOperator.identity());
	}

	/**
	 * What stands in the way of eliminating the case's risk, by the conditions of all features: with no kind,
	 * what the village's and township's steps check; with the kind, what the county's approval of it checks.
	 */
	public List<EliminationBlocker> blockers(Caller caller, MonitoredCase monitoredCase, @Nullable EliminationKind kind) {
		EliminationSubject subject = new EliminationSubject(monitoredCase, kind, lastRollback(monitoredCase));
		return this.eliminationConditions.stream()
			.flatMap((condition) -> condition.blockers(caller, subject).stream())
			.toList();
	}

	private @Nullable Instant lastRollback(MonitoredCase monitoredCase) {
		return this.cases.findEvents(List.of(monitoredCase.id()))
			.stream()
			.filter((event) -> event.action().equals(Transition.ROLL_BACK.name()))
			.map(CaseEvent::occurredAt)
			.reduce((first, second) -> second)
			.orElse(null);
	}

	/**
	 * Refuses a step of the village or the township that takes an elimination forward while a condition
	 * stands: they may not override (the county's approval does that, with a reason). Only for a case in a
	 * status the step starts from, so that a wrong status is refused as such.
	 */
	private void eliminationConditions(InputCheck check, Caller caller, String caseId, Transition transition) {
		if (!transition.needsEliminationConditions() || transition == Transition.APPROVE_ELIMINATION) {
			return;
		}
		MonitoredCase current = findForCheck(caller, caseId);
		if (current == null || !transition.startsFrom(current.status())) {
			return;
		}
		List<EliminationBlocker> standing = blockers(caller, current, null);
		if (!standing.isEmpty()) {
			check.fail(refusal(standing), "caseId");
		}
	}

	/** Each blocker with its code and what lifts it, then the codes again for a reader of English. */
	private static String refusal(List<EliminationBlocker> blockers) {
		return "风险消除条件未满足：" + blockers.stream().map(EliminationBlocker::describe).collect(Collectors.joining("；"))
				+ " (elimination conditions not met: "
				+ blockers.stream().map((blocker) -> blocker.check().name()).collect(Collectors.joining(", ")) + ")";
	}

	/**
	 * Holds the case row until the transaction ends, before anything about it is read: a measure planned
	 * while the county approves the elimination waits for the approval, and then sees the case closed.
	 */
	public void lockForChange(String caseId) {
		GlobalId.idOf(caseId, "MonitoredCase").ifPresent(this.cases::lock);
	}

	/**
	 * Refuses a date before the one an earlier step of the case recorded (its latest such step): the
	 * procedure's dates are in order.
	 */
	private void notBefore(InputCheck check, Caller caller, String caseId, LocalDate date, Transition earlier,
			String key, String message, String field) {
		MonitoredCase current = findForCheck(caller, caseId);
		if (current == null) {
			return;
		}
		LocalDate recorded = this.cases.findEvents(List.of(current.id()))
			.stream()
			.filter((event) -> event.action().equals(earlier.name()))
			.reduce((first, second) -> second)
			.map((event) -> this.json.readTree(event.evidence()).path(key).asString(null))
			.map(LocalDate::parse)
			.orElse(null);
		if (recorded != null && date.isBefore(recorded)) {
			check.fail(message + "（" + recorded + "）(" + field + " is before the " + key + " of " + earlier.name() + ")",
					field);
		}
	}

	/**
	 * Refuses a date before the case's lead was received (the channel's day, else the report): the procedure
	 * starts from the lead (seed 004), so nothing of it happened earlier.
	 */
	private void notBeforeLead(InputCheck check, Caller caller, String caseId, LocalDate date, String label,
			String field) {
		MonitoredCase current = findForCheck(caller, caseId);
		LocalDate received = (current != null) ? current.receivedOn() : null;
		if (received != null && date.isBefore(received)) {
			check.fail(label + "不能早于线索接收日期（" + received + "）(" + field + " is before the lead was received)", field);
		}
	}

	/** The case for a pre-check; whether the caller may act on it at all is the step's business. */
	private @Nullable MonitoredCase findForCheck(Caller caller, String caseId) {
		return GlobalId.idOf(caseId, "MonitoredCase").map((id) -> find(caller, id)).orElse(null);
	}

	@Transactional
	public CasePayload rollBack(Act act, RollbackInput input) {
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		MonitoredCase current = findForCheck(act.caller(), input.caseId());
		if (input.reason() == RollbackReason.NO_LABOUR && current != null) {
			// seed 004: 整户无劳动力 — not one member able to work, even weakly
			List<String> able = this.households.membersOf(act.caller(), List.of(current.householdId()))
				.getOrDefault(current.householdId(), List.of())
				.stream()
				.filter((member) -> member.labourCapacity() != LabourCapacity.LOST
						&& member.labourCapacity() != LabourCapacity.NONE)
				.map(Member::name)
				.toList();
			check.require(able.isEmpty(), "该户有劳动能力的成员（" + String.join("、", able)
					+ "），不能以整户无劳动力回退 (NO_LABOUR: a member is able to work)", "reason");
		}
		return step(act, input.caseId(), input.version(), Transition.ROLL_BACK, check, note,
				evidence("reason", input.reason()), null, UnaryOperator.identity());
	}

	@Transactional
	public CasePayload clear(Act act, ClearanceInput input) {
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		return step(act, input.caseId(), input.version(), Transition.CLEAR, check, note,
				evidence("reason", input.reason()), null, UnaryOperator.identity());
	}

	/**
	 * Takes one step: who, where, from which status, at which version, with what input and files, in that
	 * order of refusal. The status changes only if neither status nor version moved since the caller read them.
	 * The files are attached with the step, and their hashes kept in its record.
	 */
	private CasePayload step(Act act, String caseId, int version, Transition transition,
			InputCheck check, @Nullable String note, Map<String, @Nullable Object> evidence,
			@Nullable List<String> fileIds, UnaryOperator<MonitoredCase> change) {
		Caller caller = act.caller();
		MonitoredCase current = get(caller, caseId);
		Household household = this.households.find(caller, current.householdId());
		if (household == null) {
			throw ApiException.notFound("监测对象");
		}
		act.check(household);
		if (!transition.startsFrom(current.status())) {
			return CasePayload.rejected(UserError.conflict("监测对象当前为「" + current.status().label() + "」，「"
					+ transition.label() + "」需在" + transition.fromText() + "时办理；" + needs(current, household.groupCode())
					+ " (CONFLICT: the case is " + current.status() + ")", "caseId"));
		}
		if (current.version() != version) {
			return CasePayload.rejected(UserError.staleVersion(version));
		}
		List<EvidenceFile> files = this.evidence.forStep(caller, household, current, transition, fileIds, check);
		if (check.hasErrors()) {
			return CasePayload.rejected(check.errors());
		}
		if (!files.isEmpty()) {
			evidence = new LinkedHashMap<>(evidence);
			evidence.put("files", EvidenceFiles.summary(files));
		}
		MonitoredCase next = change.apply(moved(current, transition.to(current.status())));
		try {
			if (this.cases.transition(Scope.of(caller), next, current.status(), version) == 0) {
				return CasePayload.rejected(UserError.staleVersion(version));
			}
		}
		catch (DuplicateKeyException ex) {
			Transactions.rollback();
			return CasePayload.rejected(UserError.conflict(
					"该户已有其他在监测的对象，不能回退此对象 (CONFLICT: the household has another active case)", "caseId"));
		}
		record(caller, next, current.status(), transition.name(), note, evidence);
		this.evidence.attach(act, files, next.id(), household);
		this.audit.record(act, "case." + transition.name(), "MonitoredCase", next.id(),
				new Changes().field("status", current.status(), next.status())
					.field("contactCadre", current.contactCadreName(), next.contactCadreName()));
		return CasePayload.of(next);
	}

	/** What a case in this status needs next, briefly: e.g. 现需「入户核查」（乡镇干部（乡级网格））. */
	private String needs(MonitoredCase monitoredCase, String groupCode) {
		List<CaseStep> next = nextSteps(monitoredCase, groupCode);
		if (next.isEmpty()) {
			return "该监测对象已结束";
		}
		return "现需" + next.stream()
			.map((step) -> "「" + step.label() + "」（" + this.duties.of(step.mutation()) + "）")
			.collect(Collectors.joining("或"));
	}

	/** The steps of the procedure a case waits for, whoever takes them. */
	public List<CaseStep> nextSteps(MonitoredCase monitoredCase, String groupCode) {
		return steps(monitoredCase.status(), true, groupCode);
	}

	/** {@link #nextSteps(MonitoredCase, String)} of each case, where the caller sees its household. */
	public Map<Long, List<CaseStep>> nextSteps(Caller caller, Collection<MonitoredCase> cases) {
		Map<Long, Household> households = this.households.findAll(caller,
				cases.stream().map(MonitoredCase::householdId).distinct().toList());
		Map<Long, List<CaseStep>> result = new LinkedHashMap<>();
		for (MonitoredCase found : cases) {
			Household household = households.get(found.householdId());
			result.put(found.id(), (household == null) ? List.of() : nextSteps(found, household.groupCode()));
		}
		return result;
	}

	/** The steps the caller may take now on each case: the buttons of a case screen. */
	public Map<Long, List<CaseStep>> availableActions(Caller caller, Collection<MonitoredCase> cases) {
		Map<Long, Household> households = this.households.findAll(caller,
				cases.stream().map(MonitoredCase::householdId).distinct().toList());
		Map<Long, List<CaseStep>> result = new LinkedHashMap<>();
		for (MonitoredCase found : cases) {
			Household household = households.get(found.householdId());
			result.put(found.id(), (household == null) ? List.of()
					: steps(found.status(), false, household.groupCode()).stream()
						.filter((step) -> this.duties.of(step.mutation()).allows(caller, household))
						.toList());
		}
		return result;
	}

	/**
	 * One step per mutation that starts from the status, with the statuses it can lead to and the files it
	 * asks for in the county of {@code groupCode}.
	 */
	private List<CaseStep> steps(CaseStatus status, boolean procedureOnly, String groupCode) {
		Map<String, List<Transition>> byMutation = new LinkedHashMap<>();
		for (Transition transition : Transition.values()) {
			if (transition.startsFrom(status) && (!procedureOnly || transition.isProcedureStep())) {
				byMutation.computeIfAbsent(transition.mutation(), (mutation) -> new ArrayList<>()).add(transition);
			}
		}
		return byMutation.entrySet().stream().map((entry) -> {
			Duty duty = this.duties.of(entry.getKey());
			List<CaseStatus> outcomes = entry.getValue().stream().map((transition) -> transition.to(status)).distinct().toList();
			return new CaseStep(entry.getKey(), duty.label(), duty.takers(), outcomes,
					this.evidence.asks(entry.getValue(), groupCode));
		}).toList();
	}

	/** Whole days from today to the identification deadline while identifying (negative when overdue). */
	public @Nullable Long daysToDeadline(MonitoredCase monitoredCase) {
		if (!CaseStatus.IDENTIFYING.contains(monitoredCase.status())) {
			return null;
		}
		return ChronoUnit.DAYS.between(today(),
				LocalDate.ofInstant(monitoredCase.deadline(), InputCheck.ZONE));
	}

	public long daysLate(MonitoredCase monitoredCase) {
		return monitoredCase.daysLate(this.clock.instant());
	}

	/** The case after a move to {@code to}: identified on first reaching monitoring, closed when it ends. */
	private MonitoredCase moved(MonitoredCase current, CaseStatus to) {
		Instant now = this.clock.instant();
		Instant identifiedAt = (current.identifiedAt() == null && to == CaseStatus.MONITORING) ? now
				: current.identifiedAt();
		Instant closedAt = to.isActive() ? null : now;
		return new MonitoredCase(current.id(), current.householdId(), current.type(), current.riskTypes(), to,
				current.discoveredAt(), current.deadline(), identifiedAt, closedAt, current.contactCadreName(),
				current.contactCadrePhone(), current.createdAt(), now, current.version() + 1);
	}

	/** Writes the event, and publishes it in the step's transaction: a department learns what became of its warning. */
	private void record(Caller caller, MonitoredCase monitoredCase, @Nullable CaseStatus from, String action,
			@Nullable String note, Map<String, @Nullable Object> evidence) {
		CaseEvent event = new CaseEvent(this.ids.nextId(), monitoredCase.id(), this.clock.instant(), caller.name(),
				caller.roleList(), caller.gridList(), action, from,
				monitoredCase.status(), note, this.json.writeValueAsString(evidence));
		this.cases.insertEvent(event);
		this.events.publishEvent(event);
	}

	private static @Nullable String noteOf(InputCheck check, @Nullable String note, boolean required) {
		if (required || (note != null && !note.isBlank())) {
			return check.text(note, MAX_TEXT_LENGTH, required ? "原因" : "说明", "note");
		}
		return null;
	}

	private static Map<String, @Nullable Object> evidence(Object... pairs) {
		Map<String, @Nullable Object> evidence = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			evidence.put((String) pairs[i], pairs[i + 1]);
		}
		return evidence;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

}
