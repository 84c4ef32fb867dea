package org.fangpin.monitoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** 监测对象状态: where a case stands in the procedure of identification, monitoring and elimination. */
public enum CaseStatus {

	/** 承诺授权: the household signs the commitment and authorizes checks of its assets. */
	PENDING_COMMITMENT("待签署承诺授权"),
	/** 民主评议: the village appraises the case democratically. */
	PENDING_APPRAISAL("待民主评议"),
	/** 公示: the village posts the case publicly; objections are recorded. */
	IN_NOTICE("公示中"),
	/** 入户核查: the township checks the household. */
	PENDING_VERIFICATION("待乡镇核查"),
	/** 审核认定: the county reviews and approves or rejects. */
	PENDING_APPROVAL("待县级审核认定"),
	REJECTED("未认定"),
	/** 监测帮扶: identified, announced, assisted. */
	MONITORING("监测帮扶中"),
	ELIMINATION_PROPOSED("已提出风险消除"),
	ELIMINATION_NOTICE("风险消除评议公示中"),
	PENDING_ACCEPTANCE("待乡镇验收"),
	PENDING_ELIMINATION_APPROVAL("待县级审定风险消除"),
	RISK_ELIMINATED("风险已消除"),
	CLEARED("已清退");

	/** The statuses of the first 15 days: from the lead to identification (seed 004). */
	static final Set<CaseStatus> IDENTIFYING = EnumSet.of(PENDING_COMMITMENT, PENDING_APPRAISAL, IN_NOTICE,
			PENDING_VERIFICATION, PENDING_APPROVAL);

	/** The statuses of a monitored case, up to the county's approval of its elimination. */
	static final Set<CaseStatus> ELIMINATING = EnumSet.of(MONITORING, ELIMINATION_PROPOSED, ELIMINATION_NOTICE,
			PENDING_ACCEPTANCE, PENDING_ELIMINATION_APPROVAL);

	private static final Set<CaseStatus> CLOSED = EnumSet.of(REJECTED, RISK_ELIMINATED, CLEARED);

	private final String label;

	CaseStatus(String label) {
		this.label = label;
	}

	/** Whether the case is still being identified: the 15 days of seed 004 run in these statuses. */
	public boolean isIdentifying() {
		return IDENTIFYING.contains(this);
	}

	/**
	 * 监测户: the case is identified and its risk not eliminated yet (seed 004 附件5), the one meaning of the word
	 * in the dashboard, the ledgers and the progress table (附件1); a case still being identified counts as such
	 * ({@link #isIdentifying}), an eliminated one no more.
	 */
	public boolean isMonitored() {
		return ELIMINATING.contains(this);
	}

	/** The names of the statuses that pass {@code test}, for a statement that selects by status. */
	public static List<String> names(Predicate<CaseStatus> test) {
		return Arrays.stream(values()).filter(test).map(CaseStatus::name).toList();
	}

	/** A household has at most one active case; a closed one can only be rolled back (if eliminated). */
	public boolean isActive() {
		return !CLOSED.contains(this);
	}

	String label() {
		return this.label;
	}

}
