package org.fangpin.monitoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.security.HeldDuty;
import org.fangpin.security.duties.Duties;
import org.jspecify.annotations.Nullable;

/**
 * Every step a case can take: from which statuses, to which, and the mutation that takes it (whose
 * {@code @duty} in the schema says who may). The procedure is that of seeds 001 and 004: commitment and
 * authorization, village appraisal and notice, township check, county approval; for elimination, proposal,
 * village appraisal and notice, township acceptance, county approval.
 */
enum Transition {

	RECORD_COMMITMENT("签署承诺授权", "recordCommitment", EnumSet.of(CaseStatus.PENDING_COMMITMENT),
			CaseStatus.PENDING_APPRAISAL),
	PASS_APPRAISAL("民主评议通过", "recordAppraisal", EnumSet.of(CaseStatus.PENDING_APPRAISAL), CaseStatus.IN_NOTICE),
	FAIL_APPRAISAL("民主评议未通过", "recordAppraisal", EnumSet.of(CaseStatus.PENDING_APPRAISAL), CaseStatus.REJECTED),
	RECORD_NOTICE("公示", "recordNotice", EnumSet.of(CaseStatus.IN_NOTICE), CaseStatus.PENDING_VERIFICATION),
	RECORD_VERIFICATION("入户核查", "recordVerification", EnumSet.of(CaseStatus.PENDING_VERIFICATION),
			CaseStatus.PENDING_APPROVAL),
	/**
	 * Seed 001: only a case the township finds to qualify (符合条件的) is reported to the county; one that does
	 * not is not identified, and the findings say why.
	 */
	FAIL_VERIFICATION("入户核查未通过", "recordVerification", EnumSet.of(CaseStatus.PENDING_VERIFICATION),
			CaseStatus.REJECTED),
	APPROVE("审核认定", "approveCase", EnumSet.of(CaseStatus.PENDING_APPROVAL), CaseStatus.MONITORING),
	REJECT("不予认定", "rejectCase", EnumSet.of(CaseStatus.PENDING_APPROVAL), CaseStatus.REJECTED),
	PROPOSE_ELIMINATION("提出风险消除", "proposeElimination", EnumSet.of(CaseStatus.MONITORING),
			CaseStatus.ELIMINATION_PROPOSED),
	PASS_ELIMINATION_APPRAISAL("风险消除评议通过", "recordEliminationAppraisal", EnumSet.of(CaseStatus.ELIMINATION_PROPOSED),
			CaseStatus.ELIMINATION_NOTICE),
	FAIL_ELIMINATION_APPRAISAL("风险消除评议未通过", "recordEliminationAppraisal",
			EnumSet.of(CaseStatus.ELIMINATION_PROPOSED), CaseStatus.MONITORING),
	RECORD_ELIMINATION_NOTICE("风险消除公示", "recordEliminationNotice", EnumSet.of(CaseStatus.ELIMINATION_NOTICE),
			CaseStatus.PENDING_ACCEPTANCE),
	PASS_ACCEPTANCE("乡镇验收通过", "acceptElimination", EnumSet.of(CaseStatus.PENDING_ACCEPTANCE),
			CaseStatus.PENDING_ELIMINATION_APPROVAL),
	FAIL_ACCEPTANCE("乡镇验收未通过", "acceptElimination", EnumSet.of(CaseStatus.PENDING_ACCEPTANCE), CaseStatus.MONITORING),
	APPROVE_ELIMINATION("审定风险消除", "approveElimination", EnumSet.of(CaseStatus.PENDING_ELIMINATION_APPROVAL),
			CaseStatus.RISK_ELIMINATED),
	ROLL_BACK("风险消除回退", "rollBackCase", EnumSet.of(CaseStatus.RISK_ELIMINATED), CaseStatus.MONITORING),
	/**
	 * Seed 004 clears identified cases that should not be (识别不准, 优亲厚友, 重复识别), and asks of every
	 * eliminated case too whether it must be (附件4: 是否需要清退). A case not yet identified is stopped by the
	 * procedure's own steps instead: a failed appraisal or check, or the county's rejection.
	 */
	CLEAR("清退", "clearCase", clearable(), CaseStatus.CLEARED),
	/** Not a move: the case keeps its status. */
	ASSIGN_CONTACT_CADRE("明确监测联系人", "assignContactCadre", active(), null),
	/**
	 * Seed 001: 监测对象达到风险消除标准后，监测联系人报村级汇总. Not a move: the case stays monitored, and waits on
	 * the village for its proposal.
	 */
	REPORT_STANDARD_REACHED("报告达到风险消除标准", "reportEliminationStandard", EnumSet.of(CaseStatus.MONITORING), null),
	/**
	 * Seeds 002, 004: 审核批准和公告 — the identified are announced once the county approved them. Not a move: the
	 * case is monitored (or its elimination already under way) while the announcement is out.
	 */
	ANNOUNCE("认定公告", "recordAnnouncement", EnumSet.copyOf(CaseStatus.ELIMINATING), null),
	/** Seeds 003, 004: the eliminated are announced after the county's approval. Not a move. */
	ANNOUNCE_ELIMINATION("风险消除公告", "recordEliminationAnnouncement", EnumSet.of(CaseStatus.RISK_ELIMINATED), null),
	/**
	 * Seed 004: a rollback is asked for by the township in writing (相关镇街…书面申请和报备), and the county decides
	 * on it ({@link #ROLL_BACK}). Not a move.
	 */
	APPLY_ROLLBACK("回退申请", "applyForRollback", EnumSet.of(CaseStatus.RISK_ELIMINATED), null),
	/** Seed 004: as a rollback, a clearance ({@link #CLEAR}) follows the township's written application. */
	APPLY_CLEARANCE("清退申请", "applyForClearance", clearable(), null),
	/**
	 * Seed 001: 完善帮扶措施评议公示 — the village appraises the household's measures and posts them. Not a move;
	 * the measures themselves are the assistance feature's, which finds them first.
	 */
	PUBLISH_MEASURES("帮扶措施评议公示", "recordMeasureNotice", EnumSet.copyOf(CaseStatus.ELIMINATING), null),
	/** Seed 003: 帮扶措施台账…报县…备案 — the township files the posted measures with the county. Not a move. */
	FILE_MEASURES("帮扶措施备案", "fileMeasures", EnumSet.copyOf(CaseStatus.ELIMINATING), null),
	/**
	 * 更正办理日期: a date a step recorded, corrected with a reason in an event of its own (the timeline is never
	 * edited), in any status: inspections read the dates of closed cases too. Not a move.
	 */
	CORRECT_DATE("更正办理日期", "correctStepDate", EnumSet.allOf(CaseStatus.class), null);

	private final String label;

	private final String mutation;

	private final Set<CaseStatus> from;

	private final @Nullable CaseStatus to;

	Transition(String label, String mutation, Set<CaseStatus> from, @Nullable CaseStatus to) {
		this.label = label;
		this.mutation = mutation;
		this.from = from;
		this.to = to;
	}

	String label() {
		return this.label;
	}

	/** The Mutation field that takes the step. */
	String mutation() {
		return this.mutation;
	}

	/** The status after the step: {@code from} itself for a step that does not move the case. */
	CaseStatus to(CaseStatus from) {
		return (this.to != null) ? this.to : from;
	}

	/** For the message of a refused step: the statuses it starts from. */
	String fromText() {
		return this.from.stream().map((status) -> "「" + status.label() + "」(" + status + ")").collect(Collectors.joining("、"));
	}

	boolean startsFrom(CaseStatus status) {
		return this.from.contains(status);
	}

	/** The statuses in which one duty has work waiting under its grid (for work lists). */
	static Set<CaseStatus> awaiting(HeldDuty duty, Duties duties) {
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		for (Transition transition : values()) {
			// a monitored case waits for its risk to go, not for the village: proposing is not work waiting
			if (transition.isProcedureStep() && transition != PROPOSE_ELIMINATION
					&& duties.of(transition.mutation).isTakenBy(duty)) {
				statuses.addAll(transition.from);
			}
		}
		return statuses;
	}

	/**
	 * The steps that take an elimination forward: each refuses while a condition of elimination stands
	 * ({@link EliminationCondition}), the village's and township's without exception, the county's approval
	 * unless it overrides with a reason (seeds 001, 003, 004: the risk stably gone, checked at every level).
	 */
	boolean needsEliminationConditions() {
		return this == REPORT_STANDARD_REACHED || this == PROPOSE_ELIMINATION || this == PASS_ELIMINATION_APPRAISAL
				|| this == RECORD_ELIMINATION_NOTICE
				|| this == PASS_ACCEPTANCE || this == APPROVE_ELIMINATION;
	}

	/**
	 * Rollback, clearance and contact cadres are corrections and care, not steps of the procedure; the contact's
	 * report is theirs alone, so it is no work waiting on everyone who holds its duty.
	 */
	boolean isProcedureStep() {
		return switch (this) {
			case ROLL_BACK, CLEAR, APPLY_ROLLBACK, APPLY_CLEARANCE, ASSIGN_CONTACT_CADRE, REPORT_STANDARD_REACHED,
					ANNOUNCE, ANNOUNCE_ELIMINATION, PUBLISH_MEASURES, FILE_MEASURES, CORRECT_DATE ->
				false;
			default -> true;
		};
	}

	/** The township's written application the county's decision rests on (seed 004), if it rests on one. */
	@Nullable Transition application() {
		return switch (this) {
			case ROLL_BACK -> APPLY_ROLLBACK;
			case CLEAR -> APPLY_CLEARANCE;
			default -> null;
		};
	}

	/** Every status of an identified case: monitored, its elimination under way, or eliminated. */
	private static Set<CaseStatus> clearable() {
		Set<CaseStatus> statuses = EnumSet.copyOf(CaseStatus.ELIMINATING);
		statuses.add(CaseStatus.RISK_ELIMINATED);
		return statuses;
	}

	private static Set<CaseStatus> active() {
		return EnumSet.copyOf(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isActive).toList());
	}

}
