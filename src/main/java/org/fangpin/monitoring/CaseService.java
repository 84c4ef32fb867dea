package org.fangpin.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.grid.GridPeople;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.LabourCapacity;
import org.fangpin.household.Member;
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
import org.fangpin.monitoring.MonitoringInputs.NegativeListInput;
import org.fangpin.monitoring.MonitoringInputs.NoticeInput;
import org.fangpin.monitoring.MonitoringInputs.RollbackApplicationInput;
import org.fangpin.monitoring.MonitoringInputs.RollbackInput;
import org.fangpin.monitoring.MonitoringInputs.VerificationInput;
import org.fangpin.monitoring.MonitoringPayloads.CasePayload;
import org.fangpin.offline.ChangeType;
import org.fangpin.offline.GridChanges;
import org.fangpin.offline.RecordKind;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.duties.Duty;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.rows.Scope;
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

	private final GridPeople people;

	private final CaseMeasures measures;

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

	private final GridChanges gridChanges;

	private final List<CaseWork> work;

	CaseService(CaseMapper cases, HouseholdService households, IdGenerator ids, AuditLog audit, Clock clock,
			JsonMapper json, CountySettings settings, List<EliminationCondition> eliminationConditions, Duties duties,
			CaseEvidence evidence, ApplicationEventPublisher events, GridPeople people, CaseMeasures measures,
			GridChanges gridChanges, List<CaseWork> work) {
		this.gridChanges = gridChanges;
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
		this.people = people;
		this.measures = measures;
		this.work = work;
	}

	public @Nullable MonitoredCase find(Caller caller, long id) {
		return this.cases.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
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
		return this.cases.findByIds(caller.scope(), ids)
			.stream()
			.collect(Collectors.toMap(MonitoredCase::id, (found) -> found));
	}

	public Connection<MonitoredCase> list(Caller caller, @Nullable CaseFilter filter, Page page) {
		return page(caller, query(filter), page);
	}

	/** Cases still being identified after their deadline. */
	public Connection<MonitoredCase> overdue(Caller caller, Page page) {
		return page(caller, new CaseQuery(Set.of(), null, null, null, this.clock.instant(), null, null, null, List.of(), null, null),
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
			// a monitored case waits on the village until it has its contact cadre (seed 003: 一户一人), and again
			// once the contact reported the elimination standard reached (seed 001: 监测联系人报村级汇总)
			boolean withoutContactCadre = this.duties.of(Transition.ASSIGN_CONTACT_CADRE.mutation()).isTakenBy(duty);
			boolean withStandardReported = this.duties.of(Transition.PROPOSE_ELIMINATION.mutation()).isTakenBy(duty);
			if (!statuses.isEmpty() || withoutContactCadre || withStandardReported) {
				work.add(new CaseQuery.Work(duty.grid(), statuses, withoutContactCadre, withStandardReported));
			}
		}
		if (work.isEmpty()) {
			return page.toConnection(List.of(), MonitoredCase::id, () -> 0);
		}
		return page(caller, new CaseQuery(Set.of(), null, null, null, null, null, null, null, work, null, null), page);
	}

	/** 我联系的农户: the active cases whose contact cadre is the caller's account (seed 003: 一户一人). */
	public Connection<MonitoredCase> ofContact(Caller caller, Page page) {
		return page(caller,
				new CaseQuery(Set.of(), null, null, null, null, null, null, null, List.of(), null, caller.subject()), page);
	}

	private Connection<MonitoredCase> page(Caller caller, CaseQuery query, Page page) {
		Scope scope = caller.scope();
		return page.toConnection(this.cases.findPage(scope, query, page.afterId(), page.fetchSize()), MonitoredCase::id,
				() -> this.cases.count(scope, query));
	}

	public Map<Long, List<MonitoredCase>> ofHouseholds(Caller caller, Collection<Long> householdIds) {
		return Batches.group(householdIds, this.cases.findByHouseholds(caller.scope(), householdIds),
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
			return new CaseQuery(Set.of(), null, null, null, null, null, null, null, List.of(), null, null);
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
				filter.identifiedLate(), null);
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
				null, null, null, null, null, now, now, 0);
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
		MonitoredCase joined = active.withRisksOf(lead, this.clock.instant());
		if (this.cases.transition(caller.scope(), joined, active.status(), active.version()) == 0) {
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
		Map<String, @Nullable Object> evidence = evidence("checkedBy", checkedBy, "findings", findings, "passed",
				!Boolean.FALSE.equals(input.passed()));
		if (transition == Transition.RECORD_VERIFICATION || transition == Transition.FAIL_VERIFICATION) {
			evidence.putAll(negativeList(check, input.negativeList(), transition == Transition.RECORD_VERIFICATION));
		}
		return step(act, input.caseId(), input.version(), transition, check, note, evidence, input.files(),
				UnaryOperator.identity());
	}

	/**
	 * 负面清单 (seed 000 第三条): the township's check compares the household with the negative list; a household to
	 * which an item applies is identified only with the reason its 两不愁三保障 is really at risk, neither excluded
	 * blindly nor passed without a word.
	 */
	private static Map<String, @Nullable Object> negativeList(InputCheck check, @Nullable NegativeListInput input,
			boolean identifying) {
		if (input == null || input.items() == null) {
			check.require(!identifying, "入户核查须比对负面清单：列出适用的负面清单项，无适用项时为空列表 (negativeList is required)",
					"negativeList");
			return Map.of();
		}
		List<NegativeListItem> items = input.items().stream().distinct().toList();
		String reason = null;
		if (identifying && !items.isEmpty()) {
			reason = check.text(input.reason(), MAX_TEXT_LENGTH, "负面清单有适用项仍予认定的理由（家庭“两不愁三保障”实际存在的风险）",
					"negativeList");
		}
		return evidence("negativeList", items, "negativeListReason", reason);
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

	/**
	 * 明确监测联系人 (seed 003: 一户一人): a cadre's account, chosen from those holding a duty over the household's
	 * grid (its grid worker, its village's cadres, its township's or county's officers), so that the contact has
	 * their households and their due actions, and is the one who reports that the household reached the
	 * elimination standard. Name and phone come from the account; a phone given here serves where it has none.
	 */
	@Transactional
	public CasePayload assignContactCadre(Act act, ContactCadreInput input) {
		InputCheck check = new InputCheck();
		String phone = check.mobile(input.phone(), "phone");
		String username = check.text(input.username(), 100, "监测联系人账号", "username");
		MonitoredCase current = findForCheck(act.caller(), input.caseId());
		Household household = (current != null) ? this.households.find(act.caller(), current.householdId()) : null;
		Optional<GridPeople.Cadre> cadre = (household != null && username != null)
				? this.people.covering(household.groupCode(), username) : Optional.empty();
		if (household != null && username != null && cadre.isEmpty()) {
			check.fail("账号“" + username + "”不是在本户所在网格任职的干部：监测联系人须从本户的网格员、村干部、乡镇或县级干部中选择"
					+ " (username holds no cadre duty over the household's grid)", "username");
		}
		return step(act, input.caseId(), input.version(), Transition.ASSIGN_CONTACT_CADRE, check, null,
				evidence("name", cadre.map(GridPeople.Cadre::name).orElse(null), "username", username), null,
				(next) -> {
					GridPeople.Cadre chosen = cadre.orElseThrow();
					return next.withContactCadre(chosen.name(), (chosen.phone() != null) ? chosen.phone() : phone,
							chosen.subject());
				});
	}

	/**
	 * 联系人报告 (seed 001: 监测对象达到风险消除标准后，监测联系人报村级汇总): the case's contact cadre, and only they,
	 * report that the household reached the standard; refused while a condition of elimination stands, as the
	 * village's proposal it leads to is. The village then finds the case among its work.
	 */
	@Transactional
	public CasePayload reportEliminationStandard(Act act, DecisionInput input) {
		MonitoredCase current = findForCheck(act.caller(), input.caseId());
		StepBlocker notContact = (current != null) ? notContact(act.caller(), current) : null;
		if (notContact != null) {
			return CasePayload.rejected(notContact.refusal());
		}
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		eliminationConditions(check, act.caller(), input.caseId(), Transition.REPORT_STANDARD_REACHED);
		return step(act, input.caseId(), input.version(), Transition.REPORT_STANDARD_REACHED, check, note, Map.of(),
				input.files(), (next) -> next.withStandardReported(this.clock.instant()));
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
		MonitoredCase current = findForCheck(caller, caseId);
		if (current == null || !transition.startsFrom(current.status())) {
			return;
		}
		List<EliminationBlocker> standing = eliminationBlockers(caller, current, transition);
		if (!standing.isEmpty()) {
			check.fail(refusal(standing), "caseId");
		}
	}

	/** The conditions of elimination standing in the way of the step, if it is one that may not override them. */
	private List<EliminationBlocker> eliminationBlockers(Caller caller, MonitoredCase current, Transition transition) {
		if (!transition.needsEliminationConditions() || transition == Transition.APPROVE_ELIMINATION) {
			return List.of();
		}
		return blockers(caller, current, null);
	}

	/** Seed 001: 监测联系人报村级汇总 — the case's contact cadre reports, nobody else. */
	private static @Nullable StepBlocker notContact(Caller caller, MonitoredCase current) {
		if (caller.subject().equals(current.contactCadreSubject())) {
			return null;
		}
		String contact = (current.contactCadreName() != null) ? "（" + current.contactCadreName() + "）" : "（尚未明确）";
		return new StepBlocker(StepBlockerCode.CONTACT_CADRE_ONLY, null,
				"只有该户的监测联系人" + contact + "可以报告达到风险消除标准 (FORBIDDEN: only the case's contact cadre reports)",
				"由监测联系人报告；村干部可明确监测联系人（assignContactCadre）", ErrorCode.FORBIDDEN);
	}

	/**
	 * What refuses a step of the case now, beside who takes it, its status and its input: the rules a case screen
	 * shows beside the step (availableActions offers nothing they refuse) and the step's mutation refuses on.
	 */
	private List<StepBlocker> standing(Caller caller, MonitoredCase current, Transition transition,
			List<CaseEvent> events) {
		List<StepBlocker> standing = new ArrayList<>();
		if (transition == Transition.REPORT_STANDARD_REACHED) {
			Optional.ofNullable(notContact(caller, current)).ifPresent(standing::add);
		}
		eliminationBlockers(caller, current, transition).stream().map(StepBlocker::of).forEach(standing::add);
		Optional.ofNullable(recordBlocker(caller, current, transition, events)).ifPresent(standing::add);
		return standing;
	}

	/**
	 * What the case's own records refuse a step on: an announcement made once, measures posted only once there
	 * are some and filed once they are posted, a rollback or clearance only on the township's written application.
	 */
	private @Nullable StepBlocker recordBlocker(Caller caller, MonitoredCase current, Transition transition,
			List<CaseEvent> events) {
		return switch (transition) {
			case ANNOUNCE, ANNOUNCE_ELIMINATION -> events.stream()
				.anyMatch((event) -> event.action().equals(transition.name()))
						? StepBlocker.conflict(StepBlockerCode.ALREADY_ANNOUNCED,
								"该监测对象已" + transition.label() + "，不能重复公告 (CONFLICT: already announced)",
								"公告只办理一次；日期有误时更正办理日期（correctStepDate）")
						: null;
			case PUBLISH_MEASURES -> this.measures.notCancelled(caller, current).isEmpty()
					? new StepBlocker(StepBlockerCode.NO_MEASURE, null,
							"尚无帮扶措施可供评议公示，请先制定措施（planMeasure）(no measure to appraise)",
							"村干部制定帮扶措施（planMeasure）", ErrorCode.BAD_USER_INPUT)
					: null;
			case FILE_MEASURES -> {
				MeasureFiling filing = MeasureFiling.of(events);
				yield (filing.notice() == null) ? StepBlocker.conflict(StepBlockerCode.NO_MEASURE_NOTICE,
						"备案的是评议公示过的帮扶措施，请村级先办理「帮扶措施评议公示」（recordMeasureNotice）(CONFLICT: no measure notice)",
						"村级办理帮扶措施评议公示（recordMeasureNotice）")
						: filing.filed() ? StepBlocker.conflict(StepBlockerCode.MEASURES_FILED,
								"最近一次评议公示的帮扶措施已备案 (CONFLICT: already filed)", "村级再次评议公示帮扶措施后备案（recordMeasureNotice）")
								: null;
			}
			case ROLL_BACK, CLEAR -> unapplied(events, transition);
			default -> null;
		};
	}

	/** The measures the village last posted, and whether the township filed them since. */
	private record MeasureFiling(@Nullable CaseEvent notice, boolean filed) {

		static MeasureFiling of(List<CaseEvent> events) {
			CaseEvent notice = null;
			boolean filed = false;
			for (CaseEvent event : events) {
				if (event.action().equals(Transition.PUBLISH_MEASURES.name())) {
					notice = event;
					filed = false;
				}
				else if (event.action().equals(Transition.FILE_MEASURES.name())) {
					filed = true;
				}
			}
			return new MeasureFiling(notice, filed);
		}

	}

	/**
	 * The refusal of a step by its case's records ({@link #recordBlocker}); null when none stands, or when the
	 * case is not where the step starts (that refusal is the step's).
	 */
	private @Nullable UserError refusedByRecords(Caller caller, String caseId, Transition transition) {
		MonitoredCase current = findForCheck(caller, caseId);
		if (current == null || !transition.startsFrom(current.status())) {
			return null;
		}
		StepBlocker blocker = recordBlocker(caller, current, transition, this.cases.findEvents(List.of(current.id())));
		return (blocker != null) ? blocker.refusal() : null;
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
	 * Refuses a date before the one an earlier step of the case recorded (its latest such step, as corrected since):
	 * the procedure's dates are in order.
	 */
	private void notBefore(InputCheck check, Caller caller, String caseId, LocalDate date, Transition earlier,
			String key, String message, String field) {
		MonitoredCase current = findForCheck(caller, caseId);
		if (current == null) {
			return;
		}
		LocalDate recorded = new StepDates(this.cases.findEvents(List.of(current.id())), this.json).of(earlier, key);
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
		UserError unapplied = refusedByRecords(act.caller(), input.caseId(), Transition.ROLL_BACK);
		if (unapplied != null) {
			return CasePayload.rejected(unapplied);
		}
		return step(act, input.caseId(), input.version(), Transition.ROLL_BACK, check, note,
				evidence("reason", input.reason()), null, UnaryOperator.identity());
	}

	/** 回退申请 (seed 004): the township's written application for a rollback, which the county then decides. */
	@Transactional
	public CasePayload applyForRollback(Act act, RollbackApplicationInput input) {
		return apply(act, input.caseId(), input.version(), Transition.APPLY_ROLLBACK, input.appliedOn(), input.note(),
				input.reason());
	}

	/** 清退申请 (seed 004): the township's written application for a clearance, which the county then decides. */
	@Transactional
	public CasePayload applyForClearance(Act act, ClearanceApplicationInput input) {
		return apply(act, input.caseId(), input.version(), Transition.APPLY_CLEARANCE, input.appliedOn(), input.note(),
				input.reason());
	}

	private CasePayload apply(Act act, String caseId, int version, Transition application, LocalDate appliedOn,
			@Nullable String content, Enum<?> reason) {
		InputCheck check = new InputCheck();
		String note = check.text(content, MAX_TEXT_LENGTH, "申请内容", "note");
		check.notInFuture(appliedOn, today(), "appliedOn");
		notBeforeLead(check, act.caller(), caseId, appliedOn, "申请日期", "appliedOn");
		return step(act, caseId, version, application, check, note, evidence("reason", reason, "appliedOn", appliedOn),
				null, UnaryOperator.identity());
	}

	/**
	 * Seed 004: the county rolls back or clears on the township's written application, made since the case last
	 * moved (an application for an earlier state of the case is spent); null when there is one.
	 */
	private static @Nullable StepBlocker unapplied(List<CaseEvent> events, Transition decision) {
		Transition application = Objects.requireNonNull(decision.application());
		boolean applied = false;
		for (CaseEvent event : events) {
			if (event.fromStatus() != event.toStatus()) {
				applied = false;
			}
			else if (event.action().equals(application.name())) {
				applied = true;
			}
		}
		return applied ? null : StepBlocker.conflict(StepBlockerCode.NO_APPLICATION, "「" + decision.label()
				+ "」须依据乡镇的书面申请，请乡镇先办理「" + application.label() + "」（" + application.mutation()
				+ "）(CONFLICT: no written application of the township)",
				"乡镇提出" + application.label() + "（" + application.mutation() + "）");
	}

	/** 认定公告 (seeds 002, 004: 审核批准和公告): once, after the county's approval, dated from it to today. */
	@Transactional
	public CasePayload recordAnnouncement(Act act, AnnouncementInput input) {
		return announce(act, input, Transition.ANNOUNCE);
	}

	/** 风险消除公告 (seeds 003, 004): once, after the county approved the elimination, dated from it to today. */
	@Transactional
	public CasePayload recordEliminationAnnouncement(Act act, AnnouncementInput input) {
		return announce(act, input, Transition.ANNOUNCE_ELIMINATION);
	}

	private CasePayload announce(Act act, AnnouncementInput input, Transition announcement) {
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		check.notInFuture(input.publishedOn(), today(), "publishedOn");
		MonitoredCase current = findForCheck(act.caller(), input.caseId());
		if (current != null && announcement.startsFrom(current.status())) {
			// the decision it publishes: identification, or the elimination that closed the case
			Instant decided = (announcement == Transition.ANNOUNCE) ? current.identifiedAt() : current.closedAt();
			LocalDate earliest = (decided != null) ? LocalDate.ofInstant(decided, InputCheck.ZONE) : null;
			if (earliest != null && input.publishedOn().isBefore(earliest)) {
				check.fail("公告日期不能早于县级审批日期（" + earliest + "）(publishedOn is before the approval)", "publishedOn");
			}
		}
		UserError published = refusedByRecords(act.caller(), input.caseId(), announcement);
		if (published != null) {
			return CasePayload.rejected(published);
		}
		return step(act, input.caseId(), input.version(), announcement, check, note,
				evidence("publishedOn", input.publishedOn()), input.files(), UnaryOperator.identity());
	}

	/**
	 * 帮扶措施评议公示 (seed 001): the village appraises the household's measures and posts them, dated as the
	 * procedure's appraisal and notice are; the measures posted are the case's not cancelled (none: there is
	 * nothing to appraise yet), as the feature that holds them counts them.
	 */
	@Transactional
	public CasePayload recordMeasureNotice(Act act, MeasureNoticeInput input) {
		MonitoredCase current = findForCheck(act.caller(), input.caseId());
		List<Long> measureIds = (current != null) ? this.measures.notCancelled(act.caller(), current) : List.of();
		InputCheck check = new InputCheck();
		UserError nothingToPost = refusedByRecords(act.caller(), input.caseId(), Transition.PUBLISH_MEASURES);
		if (nothingToPost != null) {
			check.fail(nothingToPost.message(), "caseId");
		}
		check.notInFuture(input.heldOn(), today(), "heldOn");
		notBeforeLead(check, act.caller(), input.caseId(), input.heldOn(), "评议日期", "heldOn");
		check.require(input.participants() >= 1 && input.participants() <= 10_000,
				"参会人数应为1到10000 (participants must be 1..10000)", "participants");
		check.require(!input.startOn().isBefore(input.heldOn()), "公示开始日期不能早于评议日期 (startOn is before heldOn)",
				"startOn");
		check.require(input.endOn().isAfter(input.startOn()), "公示结束日期应晚于开始日期 (endOn must be after startOn)",
				"endOn");
		check.notInFuture(input.endOn(), today(), "endOn");
		check.require(input.objections() >= 0, "异议数不能为负 (objections cannot be negative)", "objections");
		String note = noteOf(check, input.note(), input.objections() > 0);
		List<String> measures = measureIds.stream().map((id) -> new GlobalId("Measure", id).encode()).toList();
		return step(act, input.caseId(), input.version(), Transition.PUBLISH_MEASURES, check, note,
				evidence("heldOn", input.heldOn(), "participants", input.participants(), "startOn", input.startOn(),
						"endOn", input.endOn(), "objections", input.objections(), "measures", measures),
				null, UnaryOperator.identity());
	}

	/**
	 * 帮扶措施备案 (seed 003: 帮扶措施台账…报县…备案): the township files the measures the village last posted, once,
	 * on or after the notice ended and not in the future.
	 */
	@Transactional
	public CasePayload fileMeasures(Act act, MeasureFilingInput input) {
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		check.notInFuture(input.filedOn(), today(), "filedOn");
		MonitoredCase current = findForCheck(act.caller(), input.caseId());
		UserError unfiled = refusedByRecords(act.caller(), input.caseId(), Transition.FILE_MEASURES);
		if (unfiled != null) {
			return CasePayload.rejected(unfiled);
		}
		if (current != null && Transition.FILE_MEASURES.startsFrom(current.status())) {
			CaseEvent notice = Objects.requireNonNull(MeasureFiling.of(this.cases.findEvents(List.of(current.id()))).notice());
			LocalDate endOn = LocalDate.parse(this.json.readTree(notice.evidence()).path("endOn").asString());
			check.require(!input.filedOn().isBefore(endOn),
					"备案日期不能早于公示结束日期（" + endOn + "）(filedOn is before the notice ended)", "filedOn");
		}
		return step(act, input.caseId(), input.version(), Transition.FILE_MEASURES, check, note,
				evidence("filedOn", input.filedOn()), null, UnaryOperator.identity());
	}

	/**
	 * 更正办理日期: a date a step recorded, corrected by whoever takes that step, with a reason, within the bounds it
	 * was recorded in: not before the lead was received nor in the future, in the procedure's order with the dates
	 * around it, an announcement not before the decision it publishes. The timeline keeps the correction as an event
	 * of its own and the audit trail the date before and after; the rules that compare dates read the corrected one.
	 */
	@Transactional
	public CasePayload correctStepDate(Act act, CorrectStepDateInput input) {
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), MAX_TEXT_LENGTH, "更正原因", "reason");
		Transition step = Arrays.stream(Transition.values())
			.filter((transition) -> transition.name().equals(input.step()))
			.findFirst()
			.orElse(null);
		StepDates.Field field = (step != null) ? new StepDates.Field(step, input.field()) : null;
		List<StepDates.Field> chain = (field != null) ? StepDates.chainOf(field) : null;
		if (step == null || field == null || chain == null) {
			return CasePayload.rejected(UserError.badInput("可更正的日期：" + StepDates.CHAINS.stream()
				.flatMap(List::stream)
				.map((correctable) -> correctable.step().name() + "." + correctable.key())
				.collect(Collectors.joining("、")) + " (no correctable date of that step and field)", "field"));
		}
		MonitoredCase current = get(act.caller(), input.caseId());
		Household household = this.households.find(act.caller(), current.householdId());
		if (household == null) {
			throw ApiException.notFound("监测对象");
		}
		// a date is corrected by whoever takes the step that recorded it
		this.duties.of(step.mutation()).check(act.caller(), household);
		StepDates dates = new StepDates(this.cases.findEvents(List.of(current.id())), this.json);
		LocalDate from = dates.of(step, field.key());
		if (from == null) {
			return CasePayload.rejected(UserError.conflict("「" + step.label() + "」尚未办理，没有可更正的日期 (CONFLICT: the step "
					+ "recorded no such date)", "step"));
		}
		LocalDate to = input.date();
		check.notInFuture(to, today(), "date");
		check.require(!to.isBefore(current.receivedOn()),
				"日期不能早于线索接收日期（" + current.receivedOn() + "）(date is before the lead was received)", "date");
		check.require(!to.equals(from), "新日期与原日期相同 (date is unchanged)", "date");
		int position = chain.indexOf(field);
		if (position > 0) {
			inOrder(check, dates, chain.get(position - 1), field, to, true);
		}
		if (position < chain.size() - 1) {
			inOrder(check, dates, chain.get(position + 1), field, to, false);
		}
		Instant decided = (step == Transition.ANNOUNCE) ? current.identifiedAt()
				: (step == Transition.ANNOUNCE_ELIMINATION) ? current.closedAt() : null;
		if (decided != null) {
			LocalDate approved = LocalDate.ofInstant(decided, InputCheck.ZONE);
			check.require(!to.isBefore(approved), "公告日期不能早于县级审批日期（" + approved + "）(date is before the approval)",
					"date");
		}
		return step(act, input.caseId(), input.version(), Transition.CORRECT_DATE, check, reason,
				StepDates.correction(field, from, to, (reason != null) ? reason : ""), null, UnaryOperator.identity());
	}

	/** The corrected date keeps its place beside a neighbour of its chain: a notice ends after it starts. */
	private static void inOrder(InputCheck check, StepDates dates, StepDates.Field neighbour, StepDates.Field field,
			LocalDate to, boolean neighbourIsEarlier) {
		LocalDate other = dates.of(neighbour.step(), neighbour.key());
		if (other == null) {
			return;
		}
		boolean strict = neighbour.step() == field.step();
		boolean ordered = neighbourIsEarlier ? (strict ? to.isAfter(other) : !to.isBefore(other))
				: (strict ? to.isBefore(other) : !to.isAfter(other));
		check.require(ordered, "日期应" + (neighbourIsEarlier ? (strict ? "晚于" : "不早于") : (strict ? "早于" : "不晚于")) + "「"
				+ neighbour.step().label() + "」的" + neighbour.key() + "（" + other + "）(date out of the procedure's order)",
				"date");
	}

	@Transactional
	public CasePayload clear(Act act, ClearanceInput input) {
		InputCheck check = new InputCheck();
		String note = noteOf(check, input.note(), false);
		UserError unapplied = refusedByRecords(act.caller(), input.caseId(), Transition.CLEAR);
		if (unapplied != null) {
			return CasePayload.rejected(unapplied);
		}
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
			return CasePayload.stale(current, version);
		}
		List<EvidenceFile> files = this.evidence.forStep(caller, household, current, transition, fileIds, check);
		if (check.hasErrors()) {
			return CasePayload.rejected(check.errors());
		}
		if (!files.isEmpty()) {
			evidence = new LinkedHashMap<>(evidence);
			evidence.put("files", EvidenceFiles.summary(files));
		}
		MonitoredCase next = change.apply(current.movedTo(transition.to(current.status()), this.clock.instant()));
		try {
			if (this.cases.transition(caller.scope(), next, current.status(), version) == 0) {
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
		Changes changes = new Changes().field("status", current.status(), next.status())
			.field("contactCadre", current.contactCadreName(), next.contactCadreName());
		if (transition == Transition.CORRECT_DATE) {
			changes.field(evidence.get("step") + "." + evidence.get("field"), evidence.get("from"), evidence.get("to"))
				.field("reason", null, evidence.get("reason"));
		}
		this.audit.record(act, "case." + transition.name(), "MonitoredCase", next.id(), changes);
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

	/**
	 * What the caller may do now on each case, the buttons of a case screen: the steps of the procedure from its
	 * status, attaching the files of steps taken, and the work of other features ({@link CaseWork}), each where a
	 * duty of the caller's takes it. A step is offered with the outcomes nothing refuses ({@link #standing}, the
	 * rules its mutation applies); one that every rule refuses only when {@code blocked} asks for it.
	 */
	public Map<Long, List<CaseStep>> availableActions(Caller caller, Collection<MonitoredCase> cases, boolean blocked) {
		Map<Long, Household> households = this.households.findAll(caller,
				cases.stream().map(MonitoredCase::householdId).distinct().toList());
		Map<Long, List<CaseEvent>> events = timelines(cases.stream().map(MonitoredCase::id).toList());
		Map<Long, List<CaseStep>> result = new LinkedHashMap<>();
		for (MonitoredCase found : cases) {
			Household household = households.get(found.householdId());
			List<CaseStep> actions = new ArrayList<>();
			if (household != null) {
				List<CaseEvent> timeline = events.getOrDefault(found.id(), List.of());
				for (Map.Entry<String, List<Transition>> mutation : byMutation(found.status(), false).entrySet()) {
					if (this.duties.of(mutation.getKey()).allows(caller, household)) {
						actions.add(step(mutation.getKey(), mutation.getValue(), found.status(), household.groupCode(),
								(transition) -> standing(caller, found, transition, timeline)));
					}
				}
				actions.addAll(evidenceSteps(caller, found, household, timeline));
				for (CaseWork work : this.work) {
					Duty duty = this.duties.of(work.mutation());
					if (duty.allows(caller, household)) {
						List<StepBlocker> refusing = work.blockers().apply(found);
						actions.add(new CaseStep(work.mutation(), duty.label(), duty.takers(),
								refusing.isEmpty() ? List.of(found.status()) : List.of(), this.evidence.asks(work.files()),
								refusing));
					}
				}
			}
			result.put(found.id(), actions.stream().filter((step) -> blocked || step.offered()).toList());
		}
		return result;
	}

	/**
	 * 补充佐证材料: the files of the steps the case has taken that the caller may attach, under the duty of the
	 * step each proves (as {@code attachEvidence} checks).
	 */
	private List<CaseStep> evidenceSteps(Caller caller, MonitoredCase found, Household household,
			List<CaseEvent> timeline) {
		Duty attach = this.duties.of("attachEvidence");
		List<Transition> taken = Arrays.stream(Transition.values())
			.filter((transition) -> !StepEvidence.of(transition).isEmpty()
					&& timeline.stream().anyMatch((event) -> event.action().equals(transition.name()))
					&& this.duties.of(transition.mutation()).allows(caller, household))
			.toList();
		if (taken.isEmpty() || !attach.allows(caller, household)) {
			return List.of();
		}
		return List.of(new CaseStep(attach.mutation(), attach.label(), attach.takers(), List.of(found.status()),
				this.evidence.asks(taken, household.groupCode()), List.of()));
	}

	/** The transitions from the status, by the mutation that takes them. */
	private static Map<String, List<Transition>> byMutation(CaseStatus status, boolean procedureOnly) {
		Map<String, List<Transition>> byMutation = new LinkedHashMap<>();
		for (Transition transition : Transition.values()) {
			// a date's correction is offered by the step it corrects, not as a step of every status
			if (transition.startsFrom(status) && transition != Transition.CORRECT_DATE
					&& (!procedureOnly || transition.isProcedureStep())) {
				byMutation.computeIfAbsent(transition.mutation(), (mutation) -> new ArrayList<>()).add(transition);
			}
		}
		return byMutation;
	}

	/** One step per mutation that starts from the status, whoever takes it (nothing known of what refuses it). */
	private List<CaseStep> steps(CaseStatus status, boolean procedureOnly, String groupCode) {
		return byMutation(status, procedureOnly).entrySet()
			.stream()
			.map((entry) -> step(entry.getKey(), entry.getValue(), status, groupCode, (transition) -> List.of()))
			.toList();
	}

	/**
	 * The step of one mutation: the statuses its transitions lead to where nothing refuses them, the files it asks
	 * for in the county of {@code groupCode}, and what refuses the others (all of them, when none leads anywhere).
	 */
	private CaseStep step(String mutation, List<Transition> transitions, CaseStatus status, String groupCode,
			Function<Transition, List<StepBlocker>> standing) {
		Duty duty = this.duties.of(mutation);
		List<CaseStatus> outcomes = new ArrayList<>();
		Set<StepBlocker> blockers = new LinkedHashSet<>();
		for (Transition transition : transitions) {
			List<StepBlocker> refusing = standing.apply(transition);
			if (refusing.isEmpty()) {
				outcomes.add(transition.to(status));
			}
			blockers.addAll(refusing);
		}
		return new CaseStep(mutation, duty.label(), duty.takers(), outcomes.stream().distinct().toList(),
				this.evidence.asks(transitions, groupCode), List.copyOf(blockers));
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

	/** Writes the event, and publishes it in the step's transaction: a department learns what became of its warning. */
	private void record(Caller caller, MonitoredCase monitoredCase, @Nullable CaseStatus from, String action,
			@Nullable String note, Map<String, @Nullable Object> evidence) {
		CaseEvent event = new CaseEvent(this.ids.nextId(), monitoredCase.id(), this.clock.instant(), caller.name(),
				caller.roleList(), caller.gridList(), action, from,
				monitoredCase.status(), note, this.json.writeValueAsString(evidence));
		this.cases.insertEvent(event);
		this.gridChanges.record(RecordKind.CASE, monitoredCase.id(), monitoredCase.householdId(),
				(from == null) ? ChangeType.CREATED : ChangeType.UPDATED);
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
