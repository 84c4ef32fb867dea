package org.fangpin.assistance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.assistance.AssistanceInputs.CancelMeasureInput;
import org.fangpin.assistance.AssistanceInputs.MeasurePayload;
import org.fangpin.assistance.AssistanceInputs.PlanMeasureInput;
import org.fangpin.assistance.AssistanceInputs.UpdateMeasureInput;
import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.LabourCapacity;
import org.fangpin.household.Member;
import org.fangpin.household.MemberService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.monitoring.StepBlocker;
import org.fangpin.offline.ChangeType;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.offline.GridChanges;
import org.fangpin.offline.RecordKind;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures of cases: village cadres plan and cancel them, the cadres of the household's grid carry them
 * out and record progress.
 */
@Service
public class AssistanceService {

	private static final BigDecimal MAX_FUNDS = new BigDecimal("100000000");

	private final MeasureMapper measures;

	private final CaseService cases;

	private final HouseholdService households;

	private final MemberService members;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final ClientKeys clientKeys;


	private final GridChanges gridChanges;


	AssistanceService(MeasureMapper measures, CaseService cases, HouseholdService households, MemberService members,
			IdGenerator ids, AuditLog audit, Clock clock, ClientKeys clientKeys, GridChanges gridChanges) {
		this.gridChanges = gridChanges;
		this.clientKeys = clientKeys;
		this.measures = measures;
		this.cases = cases;
		this.households = households;
		this.members = members;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	public Map<Long, List<Measure>> measuresOf(Caller caller, Collection<Long> caseIds) {
		return Batches.group(caseIds, this.measures.findByCases(caller.scope(), caseIds), Measure::caseId);
	}

	/**
	 * 一兜了之 (seed 001, 六(一)(二)): a household able to work whose support is subsistence only. It lives on 低保
	 * (a SUBSISTENCE measure, or the household's subsistence or extreme-poverty support) and has no development
	 * measure (industry, employment, microcredit, skills: {@link MeasureCategory#isDevelopment()}) in the plan.
	 * Support that is given rather than earned (a charity gift, a health or housing measure) leaves the flag up:
	 * the seed asks for 发展类 measures for those able to work, not for any other measure.
	 */
	public Map<Long, Boolean> welfareTrapRisk(Caller caller, List<MonitoredCase> cases) {
		Map<Long, List<Measure>> byCase = measuresOf(caller, cases.stream().map(MonitoredCase::id).toList());
		List<Long> householdIds = cases.stream().map(MonitoredCase::householdId).distinct().toList();
		Map<Long, List<Member>> byHousehold = this.households.membersOf(caller, householdIds);
		Map<Long, Household> households = this.households.findAll(caller, householdIds);
		Map<Long, Boolean> result = new LinkedHashMap<>();
		for (MonitoredCase monitoredCase : cases) {
			List<Measure> current = byCase.get(monitoredCase.id())
				.stream()
				.filter((measure) -> measure.status() != MeasureStatus.CANCELLED)
				.toList();
			Household household = households.get(monitoredCase.householdId());
			boolean subsistence = current.stream().anyMatch((measure) -> measure.category() == MeasureCategory.SUBSISTENCE)
					|| (household != null && (household.lowIncomeSupport() || household.extremePovertySupport()));
			boolean development = current.stream().anyMatch((measure) -> measure.category().isDevelopment());
			boolean ableToWork = byHousehold.getOrDefault(monitoredCase.householdId(), List.of())
				.stream()
				.anyMatch((member) -> member.labourCapacity() == LabourCapacity.ORDINARY
						|| member.labourCapacity() == LabourCapacity.SKILLED);
			result.put(monitoredCase.id(), subsistence && !development && ableToWork);
		}
		return result;
	}

	@Transactional
	public MeasurePayload plan(Act act, PlanMeasureInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> planOnce(act, input),
				new Replies<>((payload) -> (payload.measure() != null) ? payload.measure().id() : null,
						(id) -> MeasurePayload.of(ClientKeys.found(this.measures.findById(act.caller().scope(), id))),
						MeasurePayload::rejected));
	}

	private MeasurePayload planOnce(Act act, PlanMeasureInput input) {
		Caller caller = act.caller();
		this.cases.lockForChange(input.caseId());
		MonitoredCase monitoredCase = this.cases.get(caller, input.caseId());
		Household household = householdOf(act, monitoredCase);
		InputCheck check = new InputCheck();
		Long memberId = null;
		if (input.memberId() != null) {
			Member member = GlobalId.idOf(input.memberId(), "Member").map((id) -> this.members.find(caller, id)).orElse(null);
			check.require(member != null && member.householdId() == household.id(),
					"该成员不属于本户 (the member is not of the case's household)", "memberId");
			memberId = (member != null) ? member.id() : null;
		}
		String content = check.text(input.content(), 1000, "措施内容", "content");
		String department = check.text(input.responsibleDepartment(), 100, "责任单位", "responsibleDepartment");
		String cadre = check.text(input.responsibleCadre(), 50, "责任人", "responsibleCadre");
		funds(check, input.funds());
		notPast(check, input.plannedCompletion());
		List<StepBlocker> closed = AssistanceWork.planning(monitoredCase);
		if (!closed.isEmpty()) {
			return MeasurePayload.rejected(closed.getFirst().refusal());
		}
		if (check.hasErrors()) {
			return MeasurePayload.rejected(check.errors());
		}
		Instant now = this.clock.instant();
		Measure measure = new Measure(this.ids.nextId(), monitoredCase.id(), memberId, input.category(), content,
				department, cadre, input.funds(), input.plannedCompletion(), MeasureStatus.PLANNED, null, now, now, 0);
		this.measures.insert(measure);
		this.gridChanges.record(RecordKind.MEASURE, measure.id(), monitoredCase.householdId(), ChangeType.CREATED);
		this.audit.record(act, "planMeasure", "Measure", measure.id(),
				new Changes().reference("case", "MonitoredCase", null, monitoredCase.id())
					.field("category", null, measure.category())
					.field("funds", null, measure.funds()));
		return MeasurePayload.of(measure);
	}

	@Transactional
	public MeasurePayload update(Act act, UpdateMeasureInput input) {
		Measure current = measureToChange(act, input.id());
		MonitoredCase monitoredCase = caseOf(act, current);
		if (current.version() != input.version()) {
			return MeasurePayload.stale(current, input.version());
		}
		InputCheck check = new InputCheck();
		MeasureStatus status = (input.status() != null) ? input.status() : current.status();
		// cancelling lifts a measure out of the elimination check: the planner's decision, a mutation of its own
		check.require(status != MeasureStatus.CANCELLED || current.status() == MeasureStatus.CANCELLED,
				"取消措施请使用 cancelMeasure，由村干部办理 (use cancelMeasure to cancel a measure)", "status");
		LocalDate completedOn = (input.completedOn() != null) ? input.completedOn() : current.completedOn();
		check.require((status == MeasureStatus.COMPLETED) == (completedOn != null),
				"完成的措施需填写完成日期，未完成的不填 (completedOn goes with COMPLETED)", "completedOn");
		check.notInFuture(completedOn, LocalDate.now(this.clock.withZone(InputCheck.ZONE)), "completedOn");
		// a measure of the case helps from the case's lead on: one completed earlier was not this case's assistance
		check.require(completedOn == null || !completedOn.isBefore(monitoredCase.receivedOn()),
				"完成日期不能早于该监测对象线索接收日期（" + monitoredCase.receivedOn()
						+ "）(completedOn is before the case's lead was received)",
				"completedOn");
		String content = (input.content() != null) ? check.text(input.content(), 1000, "措施内容", "content")
				: current.content();
		BigDecimal funds = (input.funds() != null) ? input.funds() : current.funds();
		funds(check, funds);
		notPast(check, input.plannedCompletion());
		if (!monitoredCase.status().isActive()) {
			return MeasurePayload.rejected(UserError.conflict("监测对象已结束，措施不能再修改 (CONFLICT: the case is closed)", "id"));
		}
		if (check.hasErrors()) {
			return MeasurePayload.rejected(check.errors());
		}
		Measure updated = current.changed(content, funds,
				(input.plannedCompletion() != null) ? input.plannedCompletion() : current.plannedCompletion(), status,
				completedOn, this.clock.instant());
		return save(act, "updateMeasure", monitoredCase, current, updated, new Changes());
	}

	/** Cancelling is the planner's decision (it lifts the measure out of the elimination check), with a reason. */
	@Transactional
	public MeasurePayload cancel(Act act, CancelMeasureInput input) {
		Measure current = measureToChange(act, input.id());
		MonitoredCase monitoredCase = caseOf(act, current);
		if (current.version() != input.version()) {
			return MeasurePayload.stale(current, input.version());
		}
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), 500, "取消原因", "reason");
		if (current.status() == MeasureStatus.CANCELLED || !monitoredCase.status().isActive()) {
			return MeasurePayload.rejected(UserError.conflict("措施已取消或监测对象已结束 (CONFLICT: the measure is cancelled "
					+ "or the case is closed)", "id"));
		}
		if (check.hasErrors()) {
			return MeasurePayload.rejected(check.errors());
		}
		Measure cancelled = current.cancelled(this.clock.instant());
		return save(act, "cancelMeasure", monitoredCase, current, cancelled, new Changes().field("reason", null, reason));
	}

	/** A measure planned past due would be overdue the day it is planned: a plan looks ahead. */
	private void notPast(InputCheck check, @Nullable LocalDate plannedCompletion) {
		check.require(plannedCompletion == null || !plannedCompletion.isBefore(LocalDate.now(this.clock.withZone(InputCheck.ZONE))),
				"完成时限不能早于今天 (plannedCompletion is in the past)", "plannedCompletion");
	}

	private MeasurePayload save(Act act, String operation, MonitoredCase monitoredCase, Measure current, Measure updated,
			Changes changes) {
		if (this.measures.update(act.caller().scope(), updated, current.version()) == 0) {
			return MeasurePayload.rejected(UserError.staleVersion(current.version()));
		}
		this.gridChanges.record(RecordKind.MEASURE, current.id(), monitoredCase.householdId(), ChangeType.UPDATED);
		this.audit.record(act, operation, "Measure", current.id(),
				changes.field("status", current.status(), updated.status())
					.field("completedOn", current.completedOn(), updated.completedOn())
					.field("funds", current.funds(), updated.funds()));
		return MeasurePayload.of(updated);
	}

	/** A measure in the caller's scope. */
	private Measure measureToChange(Act act, String id) {
		return GlobalId.idOf(id, "Measure")
			.map((rowId) -> this.measures.findById(act.caller().scope(), rowId))
			.orElseThrow(() -> ApiException.notFound("帮扶措施"));
	}

	/** The measure's case, whose household the caller's duty must take. */
	private MonitoredCase caseOf(Act act, Measure measure) {
		MonitoredCase monitoredCase = this.cases.find(act.caller(), measure.caseId());
		if (monitoredCase == null) {
			throw ApiException.notFound("帮扶措施");
		}
		householdOf(act, monitoredCase);
		return monitoredCase;
	}

	private Household householdOf(Act act, MonitoredCase monitoredCase) {
		Household household = this.households.find(act.caller(), monitoredCase.householdId());
		if (household == null) {
			throw ApiException.notFound("监测对象");
		}
		act.check(household);
		return household;
	}

	private static void funds(InputCheck check, @Nullable BigDecimal funds) {
		check.require(funds != null && funds.signum() >= 0 && funds.compareTo(MAX_FUNDS) < 0 && funds.scale() <= 2,
				"资金应为非负数，最多两位小数 (funds must be non-negative yuan)", "funds");
	}

}
