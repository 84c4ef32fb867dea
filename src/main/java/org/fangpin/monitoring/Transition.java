package org.fangpin.monitoring;

import java.util.EnumSet;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * Every step a case can take: from which statuses, to which, and who may take it — a role holding a grid
 * of the right level over the case's household (approval: a county officer holding the county). The
 * procedure is that of seeds 001 and 004: commitment and authorization, village appraisal and notice,
 * township check, county approval; for elimination, proposal, village appraisal and notice, township
 * acceptance, county approval.
 */
enum Transition {

	RECORD_COMMITMENT("签署承诺授权", EnumSet.of(CaseStatus.PENDING_COMMITMENT), CaseStatus.PENDING_APPRAISAL,
			Takers.GROUP_OR_VILLAGE),
	PASS_APPRAISAL("民主评议通过", EnumSet.of(CaseStatus.PENDING_APPRAISAL), CaseStatus.IN_NOTICE, Takers.VILLAGE),
	FAIL_APPRAISAL("民主评议未通过", EnumSet.of(CaseStatus.PENDING_APPRAISAL), CaseStatus.REJECTED, Takers.VILLAGE),
	RECORD_NOTICE("公示", EnumSet.of(CaseStatus.IN_NOTICE), CaseStatus.PENDING_VERIFICATION, Takers.VILLAGE),
	RECORD_VERIFICATION("入户核查", EnumSet.of(CaseStatus.PENDING_VERIFICATION), CaseStatus.PENDING_APPROVAL, Takers.TOWNSHIP),
	APPROVE("审核认定", EnumSet.of(CaseStatus.PENDING_APPROVAL), CaseStatus.MONITORING, Takers.COUNTY),
	REJECT("不予认定", EnumSet.of(CaseStatus.PENDING_APPROVAL), CaseStatus.REJECTED, Takers.COUNTY),
	PROPOSE_ELIMINATION("提出风险消除", EnumSet.of(CaseStatus.MONITORING), CaseStatus.ELIMINATION_PROPOSED, Takers.VILLAGE),
	PASS_ELIMINATION_APPRAISAL("风险消除评议通过", EnumSet.of(CaseStatus.ELIMINATION_PROPOSED),
			CaseStatus.ELIMINATION_NOTICE, Takers.VILLAGE),
	FAIL_ELIMINATION_APPRAISAL("风险消除评议未通过", EnumSet.of(CaseStatus.ELIMINATION_PROPOSED), CaseStatus.MONITORING,
			Takers.VILLAGE),
	RECORD_ELIMINATION_NOTICE("风险消除公示", EnumSet.of(CaseStatus.ELIMINATION_NOTICE), CaseStatus.PENDING_ACCEPTANCE,
			Takers.VILLAGE),
	PASS_ACCEPTANCE("乡镇验收通过", EnumSet.of(CaseStatus.PENDING_ACCEPTANCE), CaseStatus.PENDING_ELIMINATION_APPROVAL,
			Takers.TOWNSHIP),
	FAIL_ACCEPTANCE("乡镇验收未通过", EnumSet.of(CaseStatus.PENDING_ACCEPTANCE), CaseStatus.MONITORING, Takers.TOWNSHIP),
	APPROVE_ELIMINATION("审定风险消除", EnumSet.of(CaseStatus.PENDING_ELIMINATION_APPROVAL), CaseStatus.RISK_ELIMINATED,
			Takers.COUNTY),
	ROLL_BACK("风险消除回退", EnumSet.of(CaseStatus.RISK_ELIMINATED), CaseStatus.MONITORING, Takers.COUNTY),
	CLEAR("清退", active(), CaseStatus.CLEARED, Takers.COUNTY),
	/** Not a move: the case keeps its status. */
	ASSIGN_CONTACT_CADRE("明确监测联系人", active(), null, Takers.VILLAGE);

	private final String label;

	private final Set<CaseStatus> from;

	private final @Nullable CaseStatus to;

	private final Takers takers;

	Transition(String label, Set<CaseStatus> from, @Nullable CaseStatus to, Takers takers) {
		this.label = label;
		this.from = from;
		this.to = to;
		this.takers = takers;
	}

	String label() {
		return this.label;
	}

	/** The status after the step: {@code from} itself for a step that does not move the case. */
	CaseStatus to(CaseStatus from) {
		return (this.to != null) ? this.to : from;
	}

	/** For the message of a refused step: the statuses it starts from. */
	String fromText() {
		return this.from.stream().map((status) -> "「" + status.label() + "」(" + status + ")").collect(Collectors.joining("、"));
	}

	Takers takers() {
		return this.takers;
	}

	boolean startsFrom(CaseStatus status) {
		return this.from.contains(status);
	}

	/** The statuses in which a caller's roles and grid levels have work waiting (for work lists). */
	static Set<CaseStatus> awaiting(Caller caller) {
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		for (Transition transition : values()) {
			if (transition.isProcedureStep() && transition.takers.includes(caller)) {
				statuses.addAll(transition.from);
			}
		}
		return statuses;
	}

	/** Rollback, clearance and contact cadres are corrections and care, not steps that wait for someone. */
	private boolean isProcedureStep() {
		return this != ROLL_BACK && this != CLEAR && this != ASSIGN_CONTACT_CADRE;
	}

	private static Set<CaseStatus> active() {
		return EnumSet.copyOf(Arrays.stream(CaseStatus.values()).filter(CaseStatus::isActive).toList());
	}

}
