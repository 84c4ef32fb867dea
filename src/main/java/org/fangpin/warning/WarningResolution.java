package org.fangpin.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumber;
import org.fangpin.monitoring.LeadService;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.fangpin.warning.WarningInputs.CloseWarningInput;
import org.fangpin.warning.WarningInputs.CorrectWarningInput;
import org.fangpin.warning.WarningInputs.LinkWarningInput;
import org.fangpin.warning.WarningInputs.WarningPayload;
import org.fangpin.warning.WarningInputs.WithdrawWarningInput;
import org.fangpin.warning.WarningItems.CheckedItem;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a warning before the township verifies it, other than the verification: its department
 * corrects it (same reference, new content) or withdraws it with a reason; the county links an unmatched one to
 * a household registered since (it is then verified like any other) or closes it with a reason. Each reaches the
 * department's feed in the same transaction.
 */
@Service
public class WarningResolution {

	/** Before the township's verification: what a department may still correct or withdraw. */
	private static final Set<WarningStatus> OPEN = EnumSet.of(WarningStatus.PENDING_VERIFICATION,
			WarningStatus.UNMATCHED);

	private final WarningMapper warnings;

	private final WarningService service;

	private final WarningItems items;

	private final WarningFeed feed;

	private final HouseholdService households;

	private final LeadService leads;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final CountySettings settings;

	WarningResolution(WarningMapper warnings, WarningService service, WarningItems items, WarningFeed feed,
			HouseholdService households, LeadService leads, IdGenerator ids, AuditLog audit, Clock clock,
			CountySettings settings) {
		this.warnings = warnings;
		this.service = service;
		this.items = items;
		this.feed = feed;
		this.households = households;
		this.leads = leads;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
	}

	// The department's

	/**
	 * New content under the same reference id, before verification: matched again (the lead raised for the old
	 * content is withdrawn, one is raised for the new), and the verification period starts again. The same content
	 * again changes nothing.
	 */
	@Transactional
	public WarningPayload correct(Act act, CorrectWarningInput input) {
		CheckedItem item = this.items.check(input.warning());
		if (!item.errors().isEmpty()) {
			return WarningPayload.rejected(item.errors()
				.stream()
				.map((error) -> new UserError(prefixed("warning", error.field()), error.code(), error.message()))
				.toList());
		}
		DepartmentWarning current = own(act, Objects.requireNonNull(item.referenceId()));
		UserError closed = stillOpen(current, "更正");
		if (closed != null) {
			return WarningPayload.rejected(List.of(closed));
		}
		if (Arrays.equals(current.contentHash(), item.contentHash())) {
			return new WarningPayload(current, List.of());
		}
		if (!withdrawLead(act, current, "部门已更正该预警 (the department corrected the warning)")) {
			return raced(current);
		}
		Long householdId = matchOf(act.caller(), item);
		Instant now = this.clock.instant();
		Instant verifyBy = verifyBy(current, now);
		Long leadId = (householdId != null) ? this.leads
			.raiseForWarnings(act, List.of(item.lead(current.department(), householdId)), verifyBy)
			.getFirst()
			.id() : null;
		DepartmentWarning corrected = this.items.corrected(current, item, householdId, leadId,
				(leadId != null) ? verifyBy : null, this.ids.nextId());
		if (this.warnings.correct(corrected, current.version()) == 0) {
			return raced(current);
		}
		return written(act, current, corrected, WarningChangeKind.CORRECTED, now,
				new Changes().field("riskTypes", current.riskTypes(), corrected.riskTypes())
					.field("observedOn", current.observedOn(), corrected.observedOn())
					.field("matched", current.householdId() != null, householdId != null));
	}

	/** Withdrawn with the reason, before verification: its lead is withdrawn with it. */
	@Transactional
	public WarningPayload withdraw(Act act, WithdrawWarningInput input) {
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), WarningItems.MAX_NOTE_LENGTH, "撤回原因", "reason");
		if (check.hasErrors()) {
			return WarningPayload.rejected(check.errors());
		}
		DepartmentWarning current = own(act, input.referenceId());
		UserError closed = stillOpen(current, "撤回");
		if (closed != null) {
			return WarningPayload.rejected(List.of(closed));
		}
		if (!withdrawLead(act, current, "部门已撤回该预警：" + reason)) {
			return raced(current);
		}
		return close(act, current, WarningStatus.WITHDRAWN, Objects.requireNonNull(reason));
	}

	/** The caller's department's warning of this reference id in the county it serves; nobody else's. */
	private DepartmentWarning own(Act act, String referenceId) {
		DepartmentAccount account = DepartmentAccount.of(act);
		Department department = account.department();
		GridCode county = account.county();
		return this.warnings.findByReferences(department, county.value(), List.of(referenceId))
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("部门预警"));
	}

	private static @Nullable UserError stillOpen(DepartmentWarning current, String what) {
		return OPEN.contains(current.status()) ? null
				: UserError.conflict("该预警当前为" + current.status() + "，核实前才能" + what + " (CONFLICT: the warning is "
						+ current.status() + ")", "referenceId");
	}

	private @Nullable Long matchOf(Caller caller, CheckedItem item) {
		IdNumber idNumber = item.idNumber();
		return (idNumber != null) ? this.households.findIdsByIdNumbers(caller, List.of(idNumber)).get(idNumber)
				: this.households.findIdsByNumbers(caller, List.of(Objects.requireNonNull(item.householdNumber())))
					.get(item.householdNumber());
	}

	/** Whether the warning's lead, if it has one, was still open and is withdrawn now. */
	private boolean withdrawLead(Act act, DepartmentWarning current, String reason) {
		return current.leadId() == null || this.leads.withdrawForWarning(act, current.leadId(), reason);
	}

	// The county's

	/**
	 * An unmatched warning linked to a household of the county (registered since, or under another number): a
	 * lead is raised and the township verifies it like any matched warning.
	 */
	@Transactional
	public WarningPayload link(Act act, LinkWarningInput input) {
		DepartmentWarning current = inCounty(act, input.warningId());
		if (current.status() != WarningStatus.UNMATCHED) {
			return notUnmatched(current);
		}
		Household household = this.households.get(act.caller(), input.householdId());
		act.check(household);
		if (!household.countyCode().equals(current.countyCode())) {
			throw ApiException.notFound("农户");
		}
		if (current.version() != input.version()) {
			return WarningPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		CheckedItem item = this.items.stored(current);
		Instant now = this.clock.instant();
		Instant verifyBy = verifyBy(current, now);
		long leadId = this.leads.raiseForWarnings(act, List.of(item.lead(current.department(), household.id())), verifyBy)
			.getFirst()
			.id();
		DepartmentWarning linked = current.matched(household.id(), leadId, verifyBy, this.ids.nextId());
		if (this.warnings.link(act.caller().scope(), linked, current.version()) == 0) {
			return raced(current);
		}
		return written(act, current, linked, WarningChangeKind.LINKED, now,
				new Changes().field("household", null, household.householdNumber()));
	}

	/** An unmatched warning closed with the reason (not a person of the county, a record of the department's in error). */
	@Transactional
	public WarningPayload closeUnmatched(Act act, CloseWarningInput input) {
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), WarningItems.MAX_NOTE_LENGTH, "关闭原因", "reason");
		if (check.hasErrors()) {
			return WarningPayload.rejected(check.errors());
		}
		DepartmentWarning current = inCounty(act, input.warningId());
		if (current.status() != WarningStatus.UNMATCHED) {
			return notUnmatched(current);
		}
		if (current.version() != input.version()) {
			return WarningPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		return close(act, current, WarningStatus.CLOSED, Objects.requireNonNull(reason));
	}

	/** A warning of a county the caller's duty takes. */
	private DepartmentWarning inCounty(Act act, String warningId) {
		DepartmentWarning warning = GlobalId.idOf(warningId, "DepartmentWarning")
			.map((id) -> this.service.find(act.caller(), id))
			.orElseThrow(() -> ApiException.notFound("部门预警"));
		act.check(new GridCode(warning.countyCode()));
		return warning;
	}

	private static WarningPayload notUnmatched(DepartmentWarning current) {
		return WarningPayload.rejected(List.of(UserError.conflict("该预警当前为" + current.status()
				+ "，不是未匹配预警 (CONFLICT: the warning is " + current.status() + ")", "warningId")));
	}

	// Both

	private WarningPayload close(Act act, DepartmentWarning current, WarningStatus status, String reason) {
		DepartmentWarning closed = current.closed(status, reason, this.ids.nextId());
		if (this.warnings.close(closed, current.version()) == 0) {
			return raced(current);
		}
		return written(act, current, closed,
				(status == WarningStatus.WITHDRAWN) ? WarningChangeKind.WITHDRAWN : WarningChangeKind.CLOSED,
				this.clock.instant(), new Changes().field("reason", null, reason));
	}

	/** The warning as written: the department is told, and the mutation audited, in its transaction. */
	private WarningPayload written(Act act, DepartmentWarning current, DepartmentWarning written,
			WarningChangeKind kind, Instant at, Changes changes) {
		this.feed.record(WarningChange.of(written.changeSeq(), written, kind, at));
		this.audit.record(act, act.duty().mutation(), "DepartmentWarning", current.id(),
				changes.field("status", current.status(), written.status()));
		return new WarningPayload(written, List.of());
	}

	private Instant verifyBy(DepartmentWarning warning, Instant now) {
		return now.plus(this.settings.of(warning.countyCode(), CountySetting.WARNING_VERIFICATION_PERIOD));
	}

	private static WarningPayload raced(DepartmentWarning current) {
		Transactions.rollback();
		return WarningPayload.rejected(List.of(UserError.staleVersion(current.version())));
	}

	private static List<String> prefixed(String prefix, List<String> field) {
		List<String> path = new ArrayList<>();
		path.add(prefix);
		path.addAll(field);
		return path;
	}

}
