package org.fangpin.monitoring;

import java.time.Clock;
import java.util.List;

import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.duties.Duty;
import org.fangpin.security.HeldDuty;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 待研判线索: an open lead waits for the village's decision, aged from its receipt. The village weighs new risks
 * at its weekly meeting (seed 004: 村级每周四召开研判会议), so a lead is due by its county's
 * {@link org.fangpin.settings.CountySetting#LEAD_DECISION_PERIOD} (7 days unless set) and, once late, shows to
 * the township too; the case it opens still has its 15 days from the same receipt.
 */
@Component
class LeadDecisionWork implements WorkSource {

	private static final String STEP = "acceptLead";

	private final WorkListMapper work;

	private final Duties duties;

	private final Clock clock;

	LeadDecisionWork(WorkListMapper work, Duties duties, Clock clock) {
		this.work = work;
		this.duties = duties;
		this.clock = clock;
	}

	@Override
	public WorkKind kind() {
		return WorkKind.LEAD_DECISION;
	}

	@Override
	public List<WorkReach> reach(HeldDuty duty) {
		return WorkReach.of(this.duties.of(STEP), duty);
	}

	@Override
	public List<WorkItem> page(Caller caller, List<WorkReach> reaches, @Nullable Long afterId, int limit) {
		Duty step = this.duties.of(STEP);
		return this.work.findLeads(caller.scope(), reaches, this.clock.instant(), afterId, limit)
			.stream()
			.map((lead) -> new WorkItem(WorkKind.LEAD_DECISION, lead.id(), lead.householdId(), null, "研判线索",
					step.takers(), Lead.receivedAt(lead.reportedAt(), lead.receivedOn()), lead.decideBy(),
					WorkReach.escalated(reaches, lead.groupCode(), null)))
			.toList();
	}

	@Override
	public long count(Caller caller, List<WorkReach> reaches) {
		return this.work.countLeads(caller.scope(), reaches, this.clock.instant());
	}

}
