package org.fangpin.problem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.problem.ProblemInputs.ProblemFilter;
import org.fangpin.problem.ProblemInputs.ProblemPayload;
import org.fangpin.problem.ProblemInputs.RaiseProblemInput;
import org.fangpin.problem.ProblemInputs.RectifyProblemInput;
import org.fangpin.problem.ProblemInputs.VerifyProblemInput;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The problem list (seed 004: 清单管理、对账销号): any cadre raises a problem on a grid, household or case of
 * theirs, with a responsible person, a measure and a deadline; the grid's cadres rectify it; a cadre of the
 * level above the problem's grid verifies the rectification, or reopens the problem.
 */
@Service
public class ProblemService {

	private static final int MAX_TEXT_LENGTH = 1000;

	private final ProblemMapper problems;

	private final HouseholdService households;

	private final CaseService cases;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final ClientKeys clientKeys;


	ProblemService(ProblemMapper problems, HouseholdService households, CaseService cases, IdGenerator ids,
			AuditLog audit, Clock clock, ClientKeys clientKeys) {
		this.clientKeys = clientKeys;
		this.problems = problems;
		this.households = households;
		this.cases = cases;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	public @Nullable Problem find(Caller caller, long id) {
		return this.problems.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	public Problem get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "Problem")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("问题"));
	}

	public Connection<Problem> list(Caller caller, @Nullable ProblemFilter filter, Page page) {
		Scope scope = caller.scope();
		ProblemQuery query = query(filter);
		return page.toConnection(this.problems.findPage(scope, query, page.afterId(), page.fetchSize()), Problem::id,
				() -> this.problems.count(scope, query));
	}

	/**
	 * The problems of a campaign found and rectified between the two days, per grid of the level, under
	 * the grid {@code under} if given.
	 */
	public List<ProblemCount> countByGrid(Caller caller, long campaignId, GridLevel level, @Nullable GridCode under,
			LocalDate from, LocalDate to) {
		return this.problems.countByGrid(caller.scope(), campaignId, level.codeLength(),
				(under != null) ? under.value() : null, from, to);
	}

	public boolean isOverdue(Problem problem) {
		return problem.isOverdue(today());
	}

	private ProblemQuery query(@Nullable ProblemFilter filter) {
		if (filter == null) {
			return new ProblemQuery(null, null, null, null, null);
		}
		String grid = null;
		if (filter.gridCode() != null) {
			grid = GridCode.parse(filter.gridCode().strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"))
				.value();
		}
		Long campaignId = null;
		if (filter.campaignId() != null) {
			campaignId = GlobalId.idOf(filter.campaignId(), "Campaign")
				.orElseThrow(() -> ApiException.badInput("集中排查ID不正确 (campaignId is not a campaign)"));
		}
		return new ProblemQuery(filter.status(), filter.category(), grid,
				Boolean.TRUE.equals(filter.overdue()) ? today() : null, campaignId);
	}

	@Transactional
	public ProblemPayload raise(Act act, RaiseProblemInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> raiseOnce(act, input),
				new Replies<>((payload) -> (payload.problem() != null) ? payload.problem().id() : null,
						(id) -> ProblemPayload.of(ClientKeys.found(find(act.caller(), id))), ProblemPayload::rejected));
	}

	private ProblemPayload raiseOnce(Act act, RaiseProblemInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		long targets = Stream.of(input.gridCode(), input.householdId(), input.caseId()).filter((t) -> t != null).count();
		check.require(targets == 1, "请指定网格、农户或监测对象之一 (give exactly one of gridCode, householdId, caseId)",
				"gridCode");
		Draft draft = draft(check, caller, input.category(), input.description(), input.responsiblePerson(),
				input.measure(), input.deadline(), input.campaignId(), input.department());
		if (check.hasErrors()) {
			return ProblemPayload.rejected(check.errors());
		}
		if (input.gridCode() != null) {
			GridCode code = GridCode.parse(input.gridCode().strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"));
			act.check(code);
			return insert(act, draft, code.value(), null, null);
		}
		Household household;
		Long caseId = null;
		if (input.caseId() != null) {
			MonitoredCase found = this.cases.get(caller, input.caseId());
			caseId = found.id();
			household = this.households.find(caller, found.householdId());
			if (household == null) {
				throw ApiException.notFound("监测对象");
			}
		}
		else {
			household = this.households.get(caller, String.valueOf(input.householdId()));
		}
		act.check(household);
		return insert(act, draft, household.groupCode(), household.id(), caseId);
	}

	/**
	 * A problem on a household raised by another step in the same request (a data-quality finding raised as a
	 * problem), checked as {@code raiseProblem} checks its input; the caller's step has checked its duty.
	 */
	public ProblemPayload raiseOnHousehold(Act act, Household household, ProblemCategory category,
			@Nullable String description, @Nullable String responsiblePerson, @Nullable String measure,
			LocalDate deadline, @Nullable String campaignId) {
		InputCheck check = new InputCheck();
		Draft draft = draft(check, act.caller(), category, description, responsiblePerson, measure, deadline,
				campaignId, null);
		if (check.hasErrors()) {
			return ProblemPayload.rejected(check.errors());
		}
		return insert(act, draft, household.groupCode(), household.id(), null);
	}

	/** What a problem is raised with, checked; its texts are null only when the check failed. */
	private record Draft(ProblemCategory category, @Nullable String description, @Nullable String responsiblePerson,
			@Nullable String measure, LocalDate deadline, @Nullable Long campaignId, @Nullable Department department) {
	}

	/**
	 * The problem's department: a department raises its own problems (seed 004: each sector keeps its own
	 * rectification ledger); a cadre may give one to a department, which then reads and rectifies it.
	 */
	private Draft draft(InputCheck check, Caller caller, ProblemCategory category, @Nullable String description,
			@Nullable String responsiblePerson, @Nullable String measure, LocalDate deadline,
			@Nullable String campaign, @Nullable Department requested) {
		Department own = caller.scope().getDepartment();
		check.require(own == null || requested == null || requested == own,
				"部门只能提出本部门的问题 (a department raises only its own problems)", "department");
		Department department = (own != null) ? own : requested;
		String text = check.text(description, MAX_TEXT_LENGTH, "具体问题", "description");
		String responsible = check.text(responsiblePerson, 50, "责任人", "responsiblePerson");
		String what = check.text(measure, MAX_TEXT_LENGTH, "整改措施", "measure");
		check.require(!deadline.isBefore(today()), "完成时限不能早于今天 (deadline is in the past)", "deadline");
		Long campaignId = null;
		if (campaign != null) {
			campaignId = GlobalId.idOf(campaign, "Campaign").orElse(null);
			check.require(campaignId != null, "集中排查ID不正确 (campaignId is not a campaign)", "campaignId");
		}
		return new Draft(category, text, responsible, what, deadline, campaignId, department);
	}

	private ProblemPayload insert(Act act, Draft draft, String grid, @Nullable Long householdId,
			@Nullable Long caseId) {
		if (draft.campaignId() != null && !this.problems.campaignCovers(draft.campaignId(), grid)) {
			// a campaign the caller's grid is not in is none of theirs: the same answer as no campaign at all
			return ProblemPayload.rejected(List.of(UserError.badInput(
					"该网格不在此次集中排查范围内 (the campaign does not cover the problem's grid)", "campaignId")));
		}
		Instant now = this.clock.instant();
		Problem problem = new Problem(this.ids.nextId(), draft.campaignId(), draft.category(),
				String.valueOf(draft.description()), grid, householdId, caseId, draft.department(),
				String.valueOf(draft.responsiblePerson()),
				String.valueOf(draft.measure()), draft.deadline(), ProblemStatus.OPEN, act.caller().name(), today(), null,
				null, null, null, null, null, null, now, now, 0);
		this.problems.insert(problem);
		this.audit.record(act, "raiseProblem", "Problem", problem.id(),
				new Changes().field("category", null, problem.category())
					.field("grid", null, grid)
					.field("department", null, problem.department())
					.field("deadline", null, problem.deadline()));
		return ProblemPayload.of(problem);
	}

	@Transactional
	public ProblemPayload rectify(Act act, RectifyProblemInput input) {
		Problem current = get(act.caller(), input.problemId());
		act.check(new GridCode(current.gridCode()));
		InputCheck check = new InputCheck();
		String rectification = check.text(input.rectification(), MAX_TEXT_LENGTH, "整改情况", "rectification");
		check.notInFuture(input.rectifiedOn(), today(), "rectifiedOn");
		return move(act, current, input.version(), ProblemStatus.OPEN, check,
				current.rectified(String.valueOf(rectification), act.caller().name(), act.caller().subject(),
						input.rectifiedOn(), this.clock.instant()));
	}

	/**
	 * 对账销号 by the level above: a cadre holding the parent of the problem's grid itself (a household's
	 * problem by its village, a village's by its township; a county's own problems are the county's), not a
	 * cadre further up whose grid merely covers it; and never the person who rectified it, who would be
	 * checking their own work. Not passed reopens the problem, with the reason.
	 */
	@Transactional
	public ProblemPayload verify(Act act, VerifyProblemInput input) {
		Caller caller = act.caller();
		Problem current = get(caller, input.problemId());
		GridCode verifier = above(new GridCode(current.gridCode()));
		act.check(verifier);
		if (!act.isTakenIn(verifier)) {
			throw ApiException.forbidden("对账销号由问题所在网格的上一级（" + verifier.value() + "）办理，不能越级 ("
					+ "verifyProblem is taken by a duty in grid " + verifier.value() + ", the level above the problem's grid)");
		}
		if (current.status() == ProblemStatus.RECTIFIED && current.wasRectifiedBy(caller.subject(), caller.name())) {
			return ProblemPayload.rejected(List.of(UserError.forbidden(
					"整改人不能对本人整改的问题对账销号 (FORBIDDEN: the problem was rectified by the caller)", "problemId")));
		}
		InputCheck check = new InputCheck();
		check.notInFuture(input.verifiedOn(), today(), "verifiedOn");
		String note = (!input.passed() || (input.note() != null && !input.note().isBlank()))
				? check.text(input.note(), MAX_TEXT_LENGTH, "说明", "note") : null;
		Problem next = current.verified(input.passed(), act.caller().name(), input.verifiedOn(), note,
				this.clock.instant());
		return move(act, current, input.version(), ProblemStatus.RECTIFIED, check, next);
	}

	private ProblemPayload move(Act act, Problem current, int version, ProblemStatus from, InputCheck check,
			Problem next) {
		if (current.status() != from) {
			return ProblemPayload.rejected(List.of(UserError.conflict("问题当前状态为" + current.status()
					+ "，不能办理此步骤 (CONFLICT: the problem is " + current.status() + ")", "problemId")));
		}
		if (current.version() != version) {
			return ProblemPayload.stale(current, version);
		}
		if (check.hasErrors()) {
			return ProblemPayload.rejected(check.errors());
		}
		if (this.problems.update(act.caller().scope(), next, from, version) == 0) {
			return ProblemPayload.rejected(List.of(UserError.staleVersion(version)));
		}
		this.audit.record(act, (from == ProblemStatus.OPEN) ? "rectifyProblem" : "verifyProblem", "Problem",
				current.id(), new Changes().field("status", current.status(), next.status()));
		return ProblemPayload.of(next);
	}

	/** The grid one level up: a group's village, a village's township, a township's county; a county itself. */
	static GridCode above(GridCode grid) {
		GridLevel level = grid.level();
		if (level == GridLevel.COUNTY) {
			return grid;
		}
		GridLevel parent = GridLevel.values()[level.ordinal() - 1];
		return new GridCode(grid.value().substring(0, parent.codeLength()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

}
