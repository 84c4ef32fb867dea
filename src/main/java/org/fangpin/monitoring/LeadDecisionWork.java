package org.fangpin.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.InputCheck;
import org.fangpin.monitoring.WorkListMapper.WaitingLead;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.duties.Duty;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 待研判线索: an open lead waits for the village's decision, aged from its receipt. The village weighs new risks
 * at its weekly meeting (seed 004: 村级每周四召开研判会议), so a lead is late after
 * {@code fangpin.monitoring.lead-decision-period} (7 days) and then shows to the township too; the case it
 * opens still has its 15 days from the same receipt.
 */
@Component
class LeadDecisionWork implements WorkSource {

	private static final String STEP = "acceptLead";

	private final WorkListMapper work;

	private final Duties duties;

	private final Clock clock;

	private final Duration period;

	LeadDecisionWork(WorkListMapper work, Duties duties, Clock clock,
			@Value("${fangpin.monitoring.lead-decision-period:7d}") Duration period) {
		this.work = work;
		this.duties = duties;
		this.clock = clock;
		this.period = period;
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
		Instant lateAt = this.clock.instant().minus(this.period);
		Duty step = this.duties.of(STEP);
		return this.work.findLeads(Scope.of(caller), reaches, lateAt, lateDay(lateAt), afterId, limit)
			.stream()
			.map((lead) -> {
				Instant receivedAt = receivedAt(lead);
				return new WorkItem(WorkKind.LEAD_DECISION, lead.id(), lead.householdId(), null, "研判线索", step.takers(),
						receivedAt, receivedAt.plus(this.period), WorkReach.escalated(reaches, lead.groupCode(), null));
			})
			.toList();
	}

	@Override
	public long count(Caller caller, List<WorkReach> reaches) {
		Instant lateAt = this.clock.instant().minus(this.period);
		return this.work.countLeads(Scope.of(caller), reaches, lateAt, lateDay(lateAt));
	}

	/** A lead whose channel received it before this day is late, whenever it was typed in. */
	private static LocalDate lateDay(Instant lateAt) {
		return LocalDate.ofInstant(lateAt, InputCheck.ZONE);
	}

	/** As {@link Lead#receivedAt()}: the channel's day where it was before the report, else the report. */
	private static Instant receivedAt(WaitingLead lead) {
		LocalDate received = lead.receivedOn();
		if (received != null && received.isBefore(LocalDate.ofInstant(lead.reportedAt(), InputCheck.ZONE))) {
			return received.atStartOfDay(InputCheck.ZONE).toInstant();
		}
		return lead.reportedAt();
	}

}
