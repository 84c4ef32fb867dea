package org.fangpin.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.BatchWriter;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdCategory;
import org.fangpin.household.HouseholdPayloads.HouseholdPayload;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.MonitoringInputs.AcceptLeadInput;
import org.fangpin.monitoring.MonitoringInputs.DeclareDifficultyInput;
import org.fangpin.monitoring.MonitoringInputs.DismissLeadInput;
import org.fangpin.monitoring.MonitoringInputs.ReportLeadInput;
import org.fangpin.monitoring.MonitoringPayloads.LeadPayload;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.offline.DeviceTime;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.rows.Scope;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk leads: reported by cadres, declared by residents, and decided by the village: accepted into a
 * case (or into the household's active case) or dismissed with a reason.
 */
@Service
public class LeadService {

	/** What cadres report by hand; the others come from residents, departments and the system's rules. */
	private static final Set<LeadSource> REPORTED_BY_CADRES = EnumSet.of(LeadSource.CADRE_INSPECTION,
			LeadSource.HOTLINE_PETITION, LeadSource.MEDIA);

	private static final String RULE_REPORTER = "系统筛查规则";

	private final LeadMapper leads;

	private final CaseService cases;

	private final HouseholdService households;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final CountySettings settings;

	private final Duties duties;

	private final BatchWriter batches;

	private final ClientKeys clientKeys;


	private final DeviceTime deviceTime;


	LeadService(LeadMapper leads, CaseService cases, HouseholdService households, IdGenerator ids, AuditLog audit,
			Clock clock, Duties duties, BatchWriter batches, ClientKeys clientKeys, DeviceTime deviceTime,
			CountySettings settings) {
		this.settings = settings;
		this.deviceTime = deviceTime;
		this.clientKeys = clientKeys;
		this.duties = duties;
		this.batches = batches;
		this.leads = leads;
		this.cases = cases;
		this.households = households;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	public @Nullable Lead find(Caller caller, long id) {
		return this.leads.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	public Map<Long, Lead> findAll(Caller caller, Collection<Long> ids) {
		return this.leads.findByIds(caller.scope(), ids)
			.stream()
			.collect(Collectors.toMap(Lead::id, Function.identity()));
	}

	public Lead get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "Lead")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("风险线索"));
	}

	public Connection<Lead> list(Caller caller, @Nullable LeadStatus status, Page page) {
		return page(caller.scope(), status, false, page);
	}

	/**
	 * Open leads, for those who decide them: a work list holds only work of the caller's duties that decide.
	 * A department warning's lead waits for the township's verification instead ({@code warningsAwaitingVerification}).
	 */
	public Connection<Lead> awaitingDecision(Caller caller, Page page) {
		return page(this.duties.of("acceptLead").scopeOfTakers(caller), LeadStatus.OPEN, true, page);
	}

	private Connection<Lead> page(Scope scope, @Nullable LeadStatus status, boolean villageDecides, Page page) {
		return page.toConnection(
				this.leads.findPage(scope, status, villageDecides, page.afterId(), page.fetchSize()), Lead::id,
				() -> this.leads.count(scope, status, villageDecides));
	}

	public Map<Long, List<Lead>> ofHouseholds(Caller caller, Collection<Long> householdIds) {
		return Batches.group(householdIds, this.leads.findByHouseholds(caller.scope(), householdIds),
				Lead::householdId);
	}

	public Map<Long, List<Lead>> ofCases(Caller caller, Collection<Long> caseIds) {
		return Batches.group(caseIds, this.leads.findByCases(caller.scope(), caseIds), Lead::caseId);
	}

	@Transactional
	public LeadPayload report(Act act, ReportLeadInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> reportOnce(act, input),
				new Replies<>((payload) -> (payload.lead() != null) ? payload.lead().id() : null,
						(id) -> LeadPayload.of(ClientKeys.found(find(act.caller(), id))), LeadPayload::rejected));
	}

	private LeadPayload reportOnce(Act act, ReportLeadInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		check.require(REPORTED_BY_CADRES.contains(input.source()),
				"干部报告的线索来源应为干部排查、热线信访或媒体 (source must be CADRE_INSPECTION, HOTLINE_PETITION or MEDIA)",
				"source");
		check.require((input.householdId() == null) != (input.newHousehold() == null),
				"请指定农户或登记新农户，二者选一 (give householdId or newHousehold, not both)", "householdId");
		String description = checkRisk(check, input.riskTypes(), input.description());
		Instant actedAt = this.deviceTime.check(check, input.actedAt());
		if (check.hasErrors()) {
			return LeadPayload.rejected(check.errors());
		}
		Household household;
		if (input.householdId() != null) {
			household = this.households.get(caller, input.householdId());
			act.check(household);
		}
		else {
			HouseholdPayload registered = this.households.registerNow(act, input.newHousehold());
			if (registered.household() == null) {
				// the registration may have begun writing: undo it here too, so that this transaction ends quietly
				Transactions.rollback();
				return LeadPayload.rejected(registered.userErrors()
					.stream()
					.map((error) -> new UserError(prefixed("newHousehold", error.field()), error.code(), error.message()))
					.toList());
			}
			household = registered.household();
		}
		return LeadPayload
			.of(insert(act, household, input.source(), input.riskTypes(), description, caller.name(), null, null, actedAt));
	}

	/** Where a lead from the hotline, a petition or the media came in. */
	record Channel(@Nullable String reference, LocalDate receivedOn) {
	}

	/** The mini-program path (seed 001: 农户自主申报): a resident declares a difficulty of their own household. */
	@Transactional
	public LeadPayload declare(Act act, DeclareDifficultyInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> declareOnce(act, input),
				new Replies<>((payload) -> (payload.lead() != null) ? payload.lead().id() : null,
						(id) -> LeadPayload.of(ClientKeys.found(find(act.caller(), id))), LeadPayload::rejected));
	}

	private LeadPayload declareOnce(Act act, DeclareDifficultyInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		String description = checkRisk(check, input.riskTypes(), input.description());
		Instant actedAt = this.deviceTime.check(check, input.actedAt());
		if (check.hasErrors()) {
			return LeadPayload.rejected(check.errors());
		}
		Long own = act.residentsHousehold();
		Household household = (own != null) ? this.households.find(caller, own) : null;
		if (household == null) {
			throw ApiException.notFound("农户");
		}
		act.check(household);
		return LeadPayload.of(insert(act, household, LeadSource.SELF_DECLARATION, input.riskTypes(),
				description, caller.name(), null, null, actedAt));
	}

	static @Nullable String checkRisk(InputCheck check, @Nullable List<RiskType> riskTypes,
			@Nullable String description) {
		check.require(riskTypes != null && !riskTypes.isEmpty(), "至少选择一种风险类型 (riskTypes is empty)", "riskTypes");
		return check.text(description, CaseService.MAX_TEXT_LENGTH, "情况描述", "description");
	}

	Lead insert(Act act, Household household, LeadSource source, List<RiskType> riskTypes, String description,
			String reportedBy, @Nullable String ruleCause, @Nullable Channel channel, @Nullable Instant actedAt) {
		Instant now = this.clock.instant();
		LocalDate receivedOn = (channel != null) ? channel.receivedOn() : null;
		Instant decideBy = Lead.receivedAt(now, receivedOn)
			.plus(this.settings.of(household.groupCode(), CountySetting.LEAD_DECISION_PERIOD));
		Lead lead = new Lead(this.ids.nextId(), household.id(), source, RiskTypes.format(riskTypes), description,
				LeadStatus.OPEN, null, null, null, reportedBy, now, null, null, ruleCause,
				(channel != null) ? channel.reference() : null, receivedOn, decideBy, actedAt, 0);
		this.leads.insert(lead);
		// a rule's lead comes of whatever mutation recorded what triggered it
		String operation = (source == LeadSource.RULE) ? "screeningRule" : act.duty().mutation();
		this.audit.record(act, operation, "Lead", lead.id(),
				new Changes().field("household", null, household.householdNumber())
					.field("source", null, source)
					.field("riskTypes", null, lead.riskTypes()));
		return lead;
	}

	/**
	 * A lead from a campaign inspection the village meeting concluded to include (seed 004: 拟纳入): a cadre
	 * inspection like {@link #report}, for a household whose duty the caller's {@code act} was checked on.
	 */
	public Lead raiseByInspection(Act act, Household household, List<RiskType> riskTypes, String description) {
		return insert(act, household, LeadSource.CADRE_INSPECTION, riskTypes, description, act.caller().name(), null, null, null);
	}

	/**
	 * A lead the screening rules raise, as a consequence of what {@code trigger} recorded; a rule never
	 * raises a second open lead for the same household and cause.
	 *
	 * @return the lead, or null when one for this cause is still open
	 */
	public @Nullable Lead raiseByRule(Act act, Household household, String cause,
			List<RiskType> riskTypes, String description) {
		// serialize the rules of one household, so that two records saved at once raise one lead
		this.leads.lockHousehold(household.id());
		if (this.leads.countOpenByRule(household.id(), cause) > 0) {
			return null;
		}
		return insert(act, household, LeadSource.RULE, riskTypes, description, RULE_REPORTER, cause, null, null);
	}

	/** A lead to raise for a department's warning that matched a household. */
	public record WarningLead(long householdId, List<RiskType> riskTypes, String description) {
	}

	/**
	 * The leads of accepted department warnings, one per warning, written in one batch: the batch's
	 * audit record speaks for them.
	 *
	 * @param verifyBy when the township's verification, which decides these leads, is due
	 * @return the leads raised, one for each of {@code requests} and in their order
	 */
	public List<Lead> raiseForWarnings(Act act, List<WarningLead> requests, Instant verifyBy) {
		Instant now = this.clock.instant();
		List<Lead> raised = requests.stream()
			.map((request) -> new Lead(this.ids.nextId(), request.householdId(), LeadSource.DEPARTMENT_WARNING,
					RiskTypes.format(request.riskTypes()), request.description(), LeadStatus.OPEN, null, null, null,
					act.caller().name(), now, null, null, null, null, null, verifyBy, null, 0))
			.toList();
		this.batches.write(LeadMapper.class, "insert", raised);
		return raised;
	}

	/**
	 * What the township's verification of a department warning found (seeds 001 and 002: 反馈乡镇核实).
	 *
	 * @param caseType when confirmed, the type of the case to open (the household's active case is kept)
	 * @param note the findings; when not confirmed, the reason
	 */
	public record Verdict(boolean confirmed, @Nullable CaseType caseType, @Nullable String note,
			@Nullable String helpNote) {
	}

	/**
	 * Decides a department warning's lead by the township's verification, its only decider: confirmed, the
	 * lead is accepted (into a new case of the type given, or the household's active case); not confirmed,
	 * it is dismissed with the reason and any help given. The lead is open until then: nobody else decides it.
	 *
	 * @return why nothing was written; empty when the lead was decided
	 */
	public List<UserError> decideByVerification(Act act, long leadId, Verdict verdict) {
		Lead lead = find(act.caller(), leadId);
		if (lead == null) {
			throw ApiException.notFound("风险线索");
		}
		LeadPayload refused = refusal(lead, lead.version());
		if (refused == null) {
			refused = verdict.confirmed() ? acceptInto(act, lead, verdict.caseType(), verdict.note())
					: decide(act, lead, lead.version(), LeadStatus.DISMISSED, null, verdict.note(), verdict.helpNote());
		}
		return refused.userErrors();
	}

	/**
	 * Withdraws a department warning's open lead when the department corrects or withdraws the warning
	 * before it was verified: the lead is dismissed with the reason, as the department's doing.
	 *
	 * @return whether the lead was still open and is now dismissed
	 */
	public boolean withdrawForWarning(Act act, long leadId, String reason) {
		Lead lead = this.leads.findForWarning(leadId);
		if (lead == null || lead.status() != LeadStatus.OPEN || lead.source() != LeadSource.DEPARTMENT_WARNING) {
			return false;
		}
		Lead withdrawn = lead.decided(LeadStatus.DISMISSED, null, reason, null, act.caller().name(), this.clock.instant());
		return this.leads.withdraw(withdrawn, lead.version()) == 1;
	}

	/**
	 * Accepts the lead into a new case, or into the household's active case: a household has one active
	 * case at a time. A department warning's lead is not the village's to decide.
	 */
	@Transactional
	public LeadPayload accept(Act act, AcceptLeadInput input) {
		Lead lead = openLead(act, input.leadId());
		LeadPayload refused = villageDecides(lead);
		if (refused == null) {
			refused = refusal(lead, input.version());
		}
		if (refused != null) {
			return refused;
		}
		InputCheck check = new InputCheck();
		String note = (input.note() != null && !input.note().isBlank())
				? check.text(input.note(), CaseService.MAX_TEXT_LENGTH, "说明", "note") : null;
		if (check.hasErrors()) {
			return LeadPayload.rejected(check.errors());
		}
		return acceptInto(act, lead, input.caseType(), note);
	}

	private LeadPayload acceptInto(Act act, Lead lead, @Nullable CaseType caseType, @Nullable String note) {
		Caller caller = act.caller();
		MonitoredCase active = this.cases.activeCaseOf(lead.householdId());
		Household household = this.households.find(caller, lead.householdId());
		// 脱贫不稳定户 are by definition households once lifted out of poverty (seed 000: 三类对象)
		if (active == null && caseType == CaseType.UNSTABLE_ALLEVIATED
				&& (household == null || household.category() != HouseholdCategory.ALLEVIATED)) {
			return LeadPayload.rejected(List.of(UserError.badInput(
					"「脱贫不稳定户」只适用于脱贫户，该户为一般农户 (UNSTABLE_ALLEVIATED is for ALLEVIATED households only)",
					"caseType")));
		}
		MonitoredCase joined = (active != null) ? this.cases.attach(caller, active, lead, note)
				: this.cases.open(caller, lead, Objects.requireNonNull(caseType), note);
		if (joined == null) {
			Transactions.rollback();
			return LeadPayload.rejected(List.of(UserError.conflict(
					"该户的监测对象刚被他人变更，请刷新后重试 (CONFLICT: the household's case changed meanwhile)", "leadId")));
		}
		return decide(act, lead, lead.version(), LeadStatus.ACCEPTED, joined.id(), null, null);
	}

	/**
	 * A department warning's lead is decided by the township's verification (seeds 001 and 002: 反馈乡镇核实),
	 * so that the warning, its lead and its case never disagree; the village adds what it knows to the warning.
	 */
	private static @Nullable LeadPayload villageDecides(Lead lead) {
		if (lead.source() != LeadSource.DEPARTMENT_WARNING) {
			return null;
		}
		return LeadPayload.rejected(List.of(UserError.forbidden(
				"部门预警线索由乡镇核实（verifyWarning）决定，村级可补充情况（noteWarning） (FORBIDDEN: a department warning's lead is decided by the township's verification)",
				"leadId")));
	}

	@Transactional
	public LeadPayload dismiss(Act act, DismissLeadInput input) {
		Lead lead = openLead(act, input.leadId());
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), 500, "不予纳入原因", "reason");
		String helpNote = (input.helpNote() != null && !input.helpNote().isBlank())
				? check.text(input.helpNote(), 500, "帮扶说明", "helpNote") : null;
		if (check.hasErrors()) {
			return LeadPayload.rejected(check.errors());
		}
		LeadPayload refused = villageDecides(lead);
		if (refused == null) {
			refused = refusal(lead, input.version());
		}
		if (refused != null) {
			return refused;
		}
		return decide(act, lead, input.version(), LeadStatus.DISMISSED, null, reason, helpNote);
	}

	/** The lead, if the caller's duty takes its household. */
	private Lead openLead(Act act, String leadId) {
		Lead lead = get(act.caller(), leadId);
		Household household = this.households.find(act.caller(), lead.householdId());
		if (household == null) {
			throw ApiException.notFound("风险线索");
		}
		act.check(household);
		return lead;
	}

	private static @Nullable LeadPayload refusal(Lead lead, int version) {
		if (lead.status() != LeadStatus.OPEN) {
			return LeadPayload.rejected(List.of(UserError.conflict(
					"线索已研判（" + lead.status() + "），不能再次办理 (CONFLICT: the lead is " + lead.status() + ")", "leadId")));
		}
		if (lead.version() != version) {
			return LeadPayload.stale(lead, version);
		}
		return null;
	}

	private LeadPayload decide(Act act, Lead lead, int version, LeadStatus status,
			@Nullable Long caseId, @Nullable String reason, @Nullable String helpNote) {
		Caller caller = act.caller();
		Instant now = this.clock.instant();
		Lead decided = lead.decided(status, caseId, reason, helpNote, caller.name(), now);
		if (this.leads.decide(act.caller().scope(), decided, version) == 0) {
			Transactions.rollback();
			return LeadPayload.rejected(List.of(UserError.staleVersion(version)));
		}
		this.audit.record(act, (status == LeadStatus.ACCEPTED) ? "acceptLead" : "dismissLead", "Lead",
				lead.id(), new Changes().field("status", lead.status(), status).reference("case", "MonitoredCase", null, caseId));
		return LeadPayload.of(decided);
	}

	private static List<String> prefixed(String prefix, List<String> field) {
		List<String> path = new ArrayList<>();
		path.add(prefix);
		path.addAll(field);
		return path;
	}

}
