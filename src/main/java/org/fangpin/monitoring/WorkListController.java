package org.fangpin.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The caller's work list and the fields of {@code WorkItem}: what it is, whose, and its clock. */
@Controller
class WorkListController {

	private final WorkList workList;

	private final HouseholdService households;

	private final LeadService leads;

	private final CaseService cases;

	private final Clock clock;

	WorkListController(WorkList workList, HouseholdService households, LeadService leads, CaseService cases,
			Clock clock) {
		this.workList = workList;
		this.households = households;
		this.leads = leads;
		this.cases = cases;
		this.clock = clock;
	}

	@QueryMapping
	Connection<WorkItem> myWorkList(@Argument @Nullable WorkKind kind, Page page, @ContextValue Caller caller) {
		return this.workList.of(caller, kind, page);
	}

	@BatchMapping(typeName = "WorkItem")
	Map<WorkItem, Household> household(List<WorkItem> items, @ContextValue Caller caller) {
		Map<Long, Household> byId = this.households.findAll(caller,
				items.stream().map(WorkItem::householdId).distinct().toList());
		return items.stream()
			.filter((item) -> byId.containsKey(item.householdId()))
			.collect(Collectors.toMap(Function.identity(), (item) -> byId.get(item.householdId())));
	}

	@BatchMapping(typeName = "WorkItem")
	Map<WorkItem, Lead> lead(List<WorkItem> items, @ContextValue Caller caller) {
		Map<Long, Lead> byId = this.leads.findAll(caller,
				items.stream().filter((item) -> item.kind() == WorkKind.LEAD_DECISION).map(WorkItem::id).toList());
		return items.stream()
			.filter((item) -> item.kind() == WorkKind.LEAD_DECISION && byId.containsKey(item.id()))
			.collect(Collectors.toMap(Function.identity(), (item) -> byId.get(item.id())));
	}

	@BatchMapping(typeName = "WorkItem", field = "case")
	Map<WorkItem, MonitoredCase> caseOf(List<WorkItem> items, @ContextValue Caller caller) {
		Map<Long, MonitoredCase> byId = this.cases.findAll(caller,
				items.stream().map(WorkItem::caseId).filter(Objects::nonNull).distinct().toList());
		return items.stream()
			.filter((item) -> item.caseId() != null && byId.containsKey(item.caseId()))
			.collect(Collectors.toMap(Function.identity(), (item) -> byId.get(item.caseId())));
	}

	@SchemaMapping(typeName = "WorkItem")
	@Nullable Long daysLeft(WorkItem item) {
		return item.daysLeft(this.clock.instant());
	}

	@SchemaMapping(typeName = "WorkItem")
	long daysLate(WorkItem item) {
		return item.daysLate(this.clock.instant());
	}

	@SchemaMapping(typeName = "WorkItem")
	long ageDays(WorkItem item) {
		return item.ageDays(this.clock.instant());
	}

}
