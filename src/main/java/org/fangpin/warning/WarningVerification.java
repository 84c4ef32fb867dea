package org.fangpin.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.LeadService.Verdict;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.warning.WarningInputs.NoteWarningInput;
import org.fangpin.warning.WarningInputs.VerifyWarningInput;
import org.fangpin.warning.WarningInputs.WarningPayload;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's verification of a matched warning (seeds 001 and 002: 反馈乡镇核实), the one decider of the
 * warning and its lead, so that the warning, the lead and the case it goes into never disagree; and what the
 * village adds before it.
 */
@Service
public class WarningVerification {

	private static final int MAX_FINDINGS_LENGTH = 1000;

	private final WarningService warnings;

	private final WarningMapper mapper;

	private final WarningFeed feed;

	private final HouseholdService households;

	private final LeadService leads;

	private final CaseService cases;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final ClientKeys clientKeys;


	WarningVerification(WarningService warnings, WarningMapper mapper, WarningFeed feed, HouseholdService households,
			LeadService leads, CaseService cases, IdGenerator ids, AuditLog audit, Clock clock, ClientKeys clientKeys) {
		this.clientKeys = clientKeys;
		this.warnings = warnings;
		this.mapper = mapper;
		this.feed = feed;
		this.households = households;
		this.leads = leads;
		this.cases = cases;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Confirmed, the warning's lead goes into the procedure (a new case of the type given, or the household's
	 * active case); not confirmed, it is dismissed with the reason and any help given anyway. The warning and its
	 * lead are written together or not at all, and the department is told in the same transaction.
	 */
	@Transactional
	public WarningPayload verify(Act act, VerifyWarningInput input) {
		Caller caller = act.caller();
		DepartmentWarning current = matched(act, input.warningId());
		if (current.status() != WarningStatus.PENDING_VERIFICATION) {
			return WarningPayload.rejected(List.of(UserError.conflict("该预警当前为" + current.status()
					+ "，不能核实 (CONFLICT: the warning is " + current.status() + ")", "warningId")));
		}
		if (current.version() != input.version()) {
			return WarningPayload.stale(current, input.version());
		}
		InputCheck check = new InputCheck();
		check.require(!input.confirmed() || input.caseType() != null,
				"核实属实时需确定监测对象类型 (caseType is required when confirmed)", "caseType");
		// not confirmed, the note is the lead's dismissal reason
		String note = (input.confirmed() && (input.note() == null || input.note().isBlank())) ? null
				: check.text(input.note(), input.confirmed() ? MAX_FINDINGS_LENGTH : WarningItems.MAX_NOTE_LENGTH,
						input.confirmed() ? "说明" : "不属实的原因", "note");
		String helpNote = (input.helpNote() != null && !input.helpNote().isBlank())
				? check.text(input.helpNote(), WarningItems.MAX_NOTE_LENGTH, "帮扶说明", "helpNote") : null;
		if (check.hasErrors()) {
			return WarningPayload.rejected(check.errors());
		}
		long leadId = Objects.requireNonNull(current.leadId());
		List<UserError> refused = this.leads.decideByVerification(act, leadId,
				new Verdict(input.confirmed(), input.caseType(), note, helpNote));
		if (!refused.isEmpty()) {
			Transactions.rollback();
			return WarningPayload.rejected(refused);
		}
		Instant now = this.clock.instant();
		DepartmentWarning verified = current.verified(input.confirmed(), caller.name(), now, note, helpNote,
				this.ids.nextId());
		if (this.mapper.verify(caller.scope(), verified, current.version()) == 0) {
			Transactions.rollback();
			return WarningPayload.rejected(List.of(UserError.staleVersion(current.version())));
		}
		Lead lead = Objects.requireNonNull(this.leads.find(caller, leadId));
		MonitoredCase joined = (lead.caseId() != null) ? this.cases.find(caller, lead.caseId()) : null;
		this.feed.record(WarningChange.of(verified.changeSeq(), verified, WarningChangeKind.VERIFIED, now)
			.withCase((joined != null) ? joined.type() : null, (joined != null) ? joined.status() : null));
		this.audit.record(act, "verifyWarning", "DepartmentWarning", current.id(),
				new Changes().field("status", current.status(), verified.status()).field("note", null, note));
		return new WarningPayload(verified, List.of());
	}

	/**
	 * What the village knows of the household, added to a warning the township has yet to verify: the village
	 * sees the warning and informs the verification, and does not decide it.
	 */
	@Transactional
	public WarningPayload note(Act act, NoteWarningInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> noteOnce(act, input),
				new Replies<>((payload) -> (payload.warning() != null) ? payload.warning().id() : null,
						(id) -> new WarningPayload(matched(act, input.warningId()), List.of()), WarningPayload::rejected));
	}

	private WarningPayload noteOnce(Act act, NoteWarningInput input) {
		DepartmentWarning current = matched(act, input.warningId());
		InputCheck check = new InputCheck();
		String note = check.text(input.note(), MAX_FINDINGS_LENGTH, "补充情况", "note");
		if (check.hasErrors()) {
			return WarningPayload.rejected(check.errors());
		}
		if (current.status() != WarningStatus.PENDING_VERIFICATION) {
			return WarningPayload.rejected(List.of(UserError.conflict("该预警已" + current.status()
					+ "，不再补充情况 (CONFLICT: the warning is " + current.status() + ")", "warningId")));
		}
		WarningNote added = new WarningNote(this.ids.nextId(), current.id(), Objects.requireNonNull(note),
				act.caller().name(), this.clock.instant());
		this.mapper.insertNote(added);
		this.audit.record(act, "noteWarning", "DepartmentWarning", current.id(), new Changes().field("note", null, note));
		return new WarningPayload(current, List.of());
	}

	/** The notes of these warnings, oldest first; the caller reads the warnings already. */
	public Map<Long, List<WarningNote>> notes(Collection<Long> warningIds) {
		return Batches.group(warningIds, this.mapper.findNotes(warningIds), WarningNote::warningId);
	}

	/** A matched warning in the caller's scope, if the caller's duty takes its household. */
	private DepartmentWarning matched(Act act, String warningId) {
		Caller caller = act.caller();
		DepartmentWarning warning = GlobalId.idOf(warningId, "DepartmentWarning")
			.map((id) -> this.warnings.find(caller, id))
			.filter((found) -> found.householdId() != null)
			.orElseThrow(() -> ApiException.notFound("部门预警"));
		Household household = this.households.find(caller, Objects.requireNonNull(warning.householdId()));
		if (household == null) {
			throw ApiException.notFound("部门预警");
		}
		act.check(household);
		return warning;
	}

}
