package org.fangpin.situation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.monitoring.WorkItem;
import org.fangpin.monitoring.WorkKind;
import org.fangpin.monitoring.WorkReach;
import org.fangpin.monitoring.WorkSource;
import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 联系人走访: each household whose contact cadre the caller is waits for their visit every month (seed 003: 一月一
 * 精准排查, every household each month; a county may visit more often, {@link CountySetting#CONTACT_VISIT_PERIOD}),
 * counted from its latest visit, or from its identification if none yet.
 * This work is the contact's own, whatever grid they hold: it goes up to nobody.
 */
@Component
class ContactVisitWork implements WorkSource {

	private final VisitMapper visits;

	private final CountySettings settings;

	ContactVisitWork(VisitMapper visits, CountySettings settings) {
		this.visits = visits;
		this.settings = settings;
	}

	@Override
	public WorkKind kind() {
		return WorkKind.CONTACT_VISIT;
	}

	/** Any cadre may be a contact: the rows are found by the caller's account, within their scope. */
	@Override
	public List<WorkReach> reach(HeldDuty duty) {
		return duty.role().isCadre() ? List.of(new WorkReach(duty.grid(), false, Set.of())) : List.of();
	}

	@Override
	public List<WorkItem> page(Caller caller, List<WorkReach> reaches, @Nullable Long afterId, int limit) {
		// a contact's households lie in a few groups: each group's period is read once a page
		Map<String, Duration> periods = new HashMap<>();
		return this.visits.findContactVisits(caller.scope(), caller.subject(), afterId, limit).stream().map((found) -> {
			Instant since = (found.lastVisitedAt() != null) ? found.lastVisitedAt() : found.identifiedAt();
			Duration period = periods.computeIfAbsent(found.groupCode(),
					(group) -> this.settings.of(group, CountySetting.CONTACT_VISIT_PERIOD));
			return new WorkItem(WorkKind.CONTACT_VISIT, found.id(), found.householdId(), found.id(), "联系人走访",
					List.of(Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER), since,
					since.plus(period), false);
		}).toList();
	}

	@Override
	public long count(Caller caller, List<WorkReach> reaches) {
		return this.visits.countContactVisits(caller.scope(), caller.subject());
	}

}
