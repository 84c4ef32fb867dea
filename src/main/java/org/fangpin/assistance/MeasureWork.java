package org.fangpin.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.InputCheck;
import org.fangpin.monitoring.WorkItem;
import org.fangpin.monitoring.WorkKind;
import org.fangpin.monitoring.WorkReach;
import org.fangpin.monitoring.WorkSource;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.duties.Duty;
import org.fangpin.security.HeldDuty;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 帮扶措施到期: an open measure of an active case waits on the cadres who carry it out (the household's grid
 * worker, the village) from a week before its planned completion; overdue, it shows to the township too
 * (seed 001: measures carried out and followed up, seed 004: each with its deadline, 限期).
 */
@Component
class MeasureWork implements WorkSource {

	/** How far ahead a measure shows as due. */
	private static final int DAYS_AHEAD = 7;

	private static final String STEP = "updateMeasure";

	private final MeasureMapper measures;

	private final Duties duties;

	private final Clock clock;

	MeasureWork(MeasureMapper measures, Duties duties, Clock clock) {
		this.measures = measures;
		this.duties = duties;
		this.clock = clock;
	}

	@Override
	public WorkKind kind() {
		return WorkKind.MEASURE_DUE;
	}

	@Override
	public List<WorkReach> reach(HeldDuty duty) {
		return WorkReach.of(this.duties.of(STEP), duty);
	}

	@Override
	public List<WorkItem> page(Caller caller, List<WorkReach> reaches, @Nullable Long afterId, int limit) {
		LocalDate today = today();
		Duty step = this.duties.of(STEP);
		return this.measures.findDue(caller.scope(), reaches, today.plusDays(DAYS_AHEAD), today, afterId, limit)
			.stream()
			.map((measure) -> new WorkItem(WorkKind.MEASURE_DUE, measure.id(), measure.householdId(), measure.caseId(),
					"帮扶措施到期", step.takers(), measure.createdAt(),
					measure.plannedCompletion().plusDays(1).atStartOfDay(InputCheck.ZONE).toInstant(),
					WorkReach.escalated(reaches, measure.groupCode(), null)))
			.toList();
	}

	@Override
	public long count(Caller caller, List<WorkReach> reaches) {
		LocalDate today = today();
		return this.measures.countDue(caller.scope(), reaches, today.plusDays(DAYS_AHEAD), today);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

}
