package org.fangpin.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fangpin.monitoring.WorkListMapper.WaitingCase;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.duties.Duty;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 认定程序待办: a case being identified waits on the level whose step its status is ({@link Transition}), and
 * the whole procedure is due 15 days from the lead's receipt (seed 004). Once past that, the step shows also to
 * the officer right above: a village's appraisal to the township, the township's check to the county.
 */
@Component
class IdentificationWork implements WorkSource {

	private final WorkListMapper work;

	private final Duties duties;

	private final Clock clock;

	IdentificationWork(WorkListMapper work, Duties duties, Clock clock) {
		this.work = work;
		this.duties = duties;
		this.clock = clock;
	}

	@Override
	public WorkKind kind() {
		return WorkKind.IDENTIFICATION_STEP;
	}

	@Override
	public List<WorkReach> reach(HeldDuty duty) {
		Set<CaseStatus> acting = EnumSet.noneOf(CaseStatus.class);
		Set<CaseStatus> escalated = EnumSet.noneOf(CaseStatus.class);
		for (CaseStatus status : CaseStatus.IDENTIFYING) {
			for (Transition transition : Transition.values()) {
				if (!transition.startsFrom(status) || !transition.isProcedureStep()) {
					continue;
				}
				Duty step = this.duties.of(transition.mutation());
				if (step.isTakenBy(duty)) {
					acting.add(status);
				}
				else if (WorkReach.escalatesTo(step) == duty.role()) {
					escalated.add(status);
				}
			}
		}
		escalated.removeAll(acting);
		List<WorkReach> reaches = new ArrayList<>();
		if (!acting.isEmpty()) {
			reaches.add(new WorkReach(duty.grid(), false, acting));
		}
		if (!escalated.isEmpty()) {
			reaches.add(new WorkReach(duty.grid(), true, escalated));
		}
		return reaches;
	}

	@Override
	public List<WorkItem> page(Caller caller, List<WorkReach> reaches, @Nullable Long afterId, int limit) {
		return this.work.findCases(caller.scope(), reaches, this.clock.instant(), afterId, limit)
			.stream()
			.map((found) -> new WorkItem(WorkKind.IDENTIFICATION_STEP, found.id(), found.householdId(), found.id(),
					found.status().label(), takers(found.status()), found.discoveredAt(), found.deadline(),
					WorkReach.escalated(reaches, found.groupCode(), found.status())))
			.toList();
	}

	@Override
	public long count(Caller caller, List<WorkReach> reaches) {
		return this.work.countCases(caller.scope(), reaches, this.clock.instant());
	}

	private List<Role> takers(CaseStatus status) {
		List<Role> takers = new ArrayList<>();
		for (Transition transition : Transition.values()) {
			if (transition.startsFrom(status) && transition.isProcedureStep()) {
				this.duties.of(transition.mutation()).takers().stream().filter((role) -> !takers.contains(role)).forEach(takers::add);
			}
		}
		return takers;
	}

}
