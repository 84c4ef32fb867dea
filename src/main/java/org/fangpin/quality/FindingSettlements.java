package org.fangpin.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.MemberService;
import org.fangpin.problem.Problem;
import org.fangpin.problem.ProblemCategory;
import org.fangpin.problem.ProblemInputs.ProblemPayload;
import org.fangpin.problem.ProblemService;
import org.fangpin.problem.ProblemStatus;
import org.fangpin.quality.QualityService.Candidate;
import org.fangpin.quality.QualityService.Finding;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 研判与认领 (seed 004 六, 核实补正; 附件6 数据质量方面): a data-quality finding is owned by a grid, its household's
 * village unless a township or the county gave it to another of the household's grids; the owner judges it (the
 * record is right as it is, or is to be corrected) with a reason, and a grid covering the owner raises it as a
 * DATA_QUALITY problem with a deadline in one step. The village owns its households' findings by default because
 * it keeps their records (it registers households and members, README "Who sees what") and judges their risks at
 * its weekly meeting (seed 004, 每周四研判); only a duty held in the owner grid itself judges, as only the level
 * above verifies a problem.
 */
@Service
public class FindingSettlements {

	private static final int MAX_REASON_LENGTH = 500;

	private final QualityService quality;

	private final QualityMapper settlements;

	private final HouseholdService households;

	private final MemberService members;

	private final ProblemService problems;

	private final AuditLog audit;

	private final Clock clock;

	FindingSettlements(QualityService quality, QualityMapper settlements, HouseholdService households,
			MemberService members, ProblemService problems, AuditLog audit, Clock clock) {
		this.quality = quality;
		this.settlements = settlements;
		this.households = households;
		this.members = members;
		this.problems = problems;
		this.audit = audit;
		this.clock = clock;
	}

	/** The input and payload of acknowledgeDataQualityFinding and raiseDataQualityProblem. */
	record AcknowledgeFindingInput(FindingKind kind, String recordId, FindingJudgement judgement,
			@Nullable String reason, int version) {
	}

	record RaiseFindingProblemInput(FindingKind kind, String recordId, @Nullable String ownerGridCode,
			@Nullable String responsiblePerson, @Nullable String measure, LocalDate deadline,
			@Nullable String campaignId, int version) {
	}

	record FindingPayload(@Nullable Finding finding, @Nullable Problem problem, List<UserError> userErrors) {

		static FindingPayload rejected(List<UserError> errors) {
			return new FindingPayload(null, null, errors);
		}

	}

	/** The finding a problem was raised from, while it is still found; null for any other problem. */
	public @Nullable Finding ofProblem(Caller caller, Problem problem) {
		if (problem.category() != ProblemCategory.DATA_QUALITY || problem.householdId() == null) {
			return null;
		}
		Settlement settlement = this.settlements.findSettlementByProblem(problem.id());
		Household household = (settlement != null) ? this.households.find(caller, settlement.householdId()) : null;
		return (household != null)
				? this.quality.find(caller, FindingKind.valueOf(settlement.kind()), household, settlement.recordId()) : null;
	}

	@Transactional
	public FindingPayload acknowledge(Act act, AcknowledgeFindingInput input) {
		Target target = target(act.caller(), input.kind(), input.recordId());
		if (target.candidate() == null) {
			return gone();
		}
		GridCode owner = new GridCode(target.settlement().ownerGrid());
		act.check(owner);
		if (input.version() != target.settlement().version()) {
			return FindingPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		if (!act.isTakenIn(owner)) {
			throw ApiException.forbidden("数据质量问题由认领的网格（" + owner.value() + "）研判 (acknowledgeDataQualityFinding is "
					+ "taken by a duty in the finding's owner grid " + owner.value() + ")");
		}
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), MAX_REASON_LENGTH, "研判理由", "reason");
		if (check.hasErrors()) {
			return FindingPayload.rejected(check.errors());
		}
		Settlement before = target.settlement();
		Settlement after = before.judged(input.judgement(), String.valueOf(reason), target.candidate().fingerprint(),
				act.caller().name(), today());
		if (!write(before, after)) {
			return FindingPayload.rejected(List.of(UserError.staleVersion(before.version())));
		}
		this.audit.record(act, "acknowledgeDataQualityFinding", "DataQualityFinding", before.recordId(),
				new Changes().field("kind", null, input.kind())
					.field("judgement", before.judgement(), after.judgement())
					.field("reason", before.reason(), after.reason()));
		return new FindingPayload(this.quality.find(act.caller(), input.kind(), target.household(), before.recordId()),
				null, List.of());
	}

	@Transactional
	public FindingPayload raiseProblem(Act act, RaiseFindingProblemInput input) {
		Target target = target(act.caller(), input.kind(), input.recordId());
		if (target.candidate() == null) {
			return gone();
		}
		Household household = target.household();
		GridCode owner = (input.ownerGridCode() != null) ? GridCode.parse(input.ownerGridCode().strip())
			.filter((code) -> code.level() != GridLevel.GROUP && household.groupCode().startsWith(code.value()))
			.orElse(null) : new GridCode(target.settlement().ownerGrid());
		if (owner == null) {
			return FindingPayload.rejected(List.of(UserError.badInput(
					"认领网格应为该户所在的村、乡镇或县 (ownerGridCode must be the household's village, township or county)",
					"ownerGridCode")));
		}
		act.check(owner);
		Settlement before = target.settlement();
		if (input.version() != before.version()) {
			return FindingPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		if (before.problemId() != null) {
			Problem earlier = this.problems.find(act.caller(), before.problemId());
			if (earlier != null && earlier.status() != ProblemStatus.VERIFIED) {
				return FindingPayload.rejected(List.of(UserError.conflict(
						"该数据质量问题已列入问题清单，尚未销号 (CONFLICT: a problem raised from the finding is still open)",
						"recordId")));
			}
		}
		Candidate candidate = target.candidate();
		String description = candidate.kind().whatToFix()
				+ ((candidate.memberName() != null) ? "（成员：" + candidate.memberName() + "）" : "");
		ProblemPayload raised = this.problems.raiseOnHousehold(act, household, ProblemCategory.DATA_QUALITY,
				description, input.responsiblePerson(), input.measure(), input.deadline(), input.campaignId());
		Problem problem = raised.problem();
		if (problem == null) {
			return FindingPayload.rejected(raised.userErrors());
		}
		Settlement after = before.raised(owner.value(), problem.deadline(), problem.id());
		if (!write(before, after)) {
			// the problem just inserted goes with the transaction
			throw new ApiException(ErrorCode.CONFLICT, "数据质量问题正被他人办理，请重试 (CONFLICT: the finding was changed meanwhile)");
		}
		this.audit.record(act, "raiseDataQualityProblem", "DataQualityFinding", before.recordId(),
				new Changes().field("kind", null, input.kind())
					.field("owner", before.ownerGrid(), after.ownerGrid())
					.field("deadline", before.deadline(), after.deadline())
					.reference("problem", "Problem", before.problemId(), problem.id()));
		return new FindingPayload(this.quality.find(act.caller(), input.kind(), household, before.recordId()), problem,
				List.of());
	}

	/** The finding's household within the caller's scope, what it is found on now (if it is), its settlement. */
	private record Target(Household household, @Nullable Candidate candidate, Settlement settlement) {
	}

	private Target target(Caller caller, FindingKind kind, String recordId) {
		GlobalId id = GlobalId.decode(recordId).orElseThrow(() -> ApiException.notFound("记录"));
		Household household = switch (id.type()) {
			case "Member" -> {
				Household found = this.households.find(caller, this.members.get(caller, recordId).householdId());
				if (found == null) {
					throw ApiException.notFound("家庭成员");
				}
				yield found;
			}
			case "Household" -> this.households.get(caller, recordId);
			default -> throw ApiException.notFound("记录");
		};
		Settlement settlement = this.settlements.findSettlement(kind.name(), id.id());
		if (settlement == null) {
			settlement = new Settlement(kind.name(), id.id(), household.id(), household.villageCode(), null, null, null,
					null, null, null, null, 0);
		}
		return new Target(household, this.quality.candidate(caller, kind, household, id.id()), settlement);
	}

	/** Writes the settlement over the one read; false when someone else wrote in between. */
	private boolean write(Settlement before, Settlement after) {
		if (before.version() == 0) {
			try {
				this.settlements.insertSettlement(after);
				return true;
			}
			catch (DuplicateKeyException ex) {
				return false;
			}
		}
		return this.settlements.updateSettlement(after, before.version()) == 1;
	}

	private static FindingPayload gone() {
		return FindingPayload.rejected(List.of(UserError.badInput(
				"该记录现在没有此类数据质量问题（可能已补正） (the record has no such finding now)", "recordId")));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

}
