package org.fangpin.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.meeting.MeetingInputs.MeetingHouseholdInput;
import org.fangpin.meeting.MeetingInputs.VillageMeetingInput;
import org.fangpin.meeting.MeetingInputs.VillageMeetingPayload;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 村级会议 (seed 004: 每周四研判，逐户研判; seed 003: 驻村工作队每月会议，综合分析研判): the village cadre records a
 * meeting of their village with the households discussed, each with its decision and the lead raised or the case
 * moved by it, which must be that household's. Listed per village, and on each household discussed.
 */
@Service
public class MeetingService {

	/** As recordVisit takes it: letters, digits, '-' and '_', as a UUID is written. */
	private static final Pattern CLIENT_KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private static final int MAX_ATTENDANCE = 200;

	private static final int MAX_ATTENDEES = 50;

	private static final int MAX_HOUSEHOLDS = 100;

	private final MeetingMapper meetings;

	private final HouseholdService households;

	private final LeadService leads;

	private final CaseService cases;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	MeetingService(MeetingMapper meetings, HouseholdService households, LeadService leads, CaseService cases,
			IdGenerator ids, AuditLog audit, Clock clock) {
		this.meetings = meetings;
		this.households = households;
		this.leads = leads;
		this.cases = cases;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	@Nullable VillageMeeting find(Caller caller, long id) {
		return this.meetings.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	Connection<VillageMeeting> list(Caller caller, GridCode under, @Nullable VillageMeetingKind kind, Page page) {
		Scope scope = caller.scope();
		return page.toConnection(
				this.meetings.findPage(scope, under.value(), kind, page.afterId(), page.fetchSize()),
				VillageMeeting::id, () -> this.meetings.count(scope, under.value(), kind));
	}

	/** The meetings that discussed a household the caller has found, if the caller's grids cover the village. */
	List<VillageMeeting> ofHousehold(Caller caller, Household household) {
		return this.meetings.findOfHousehold(caller.scope(), household.id());
	}

	/** The households each meeting discussed, as far as the caller may see them. */
	Map<Long, List<MeetingHousehold>> householdsOf(Caller caller, List<Long> meetingIds) {
		return this.meetings.findHouseholds(caller.scope(), meetingIds)
			.stream()
			.collect(Collectors.groupingBy(MeetingHousehold::meetingId));
	}

	@Transactional
	public VillageMeetingPayload record(Act act, VillageMeetingInput input) {
		Caller caller = act.caller();
		GridCode village = GridCode.parse(input.villageCode().strip())
			.filter((code) -> code.level() == GridLevel.VILLAGE)
			.orElseThrow(() -> ApiException.badInput("村级网格编码应为12位数字 (villageCode is not a village's grid code)"));
		act.check(village);
		InputCheck check = new InputCheck();
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		check.notInFuture(input.heldOn(), today, "heldOn");
		check.require(!input.heldOn().isBefore(today.minusYears(1)), "会议日期不能早于一年前 (heldOn is more than a year ago)",
				"heldOn");
		check.require(input.attendance() >= 1 && input.attendance() <= MAX_ATTENDANCE,
				"参会人数应在1到" + MAX_ATTENDANCE + "之间 (attendance must be 1.." + MAX_ATTENDANCE + ")", "attendance");
		List<String> attendees = (input.attendees() != null) ? input.attendees() : List.of();
		check.require(attendees.size() <= MAX_ATTENDEES && attendees.size() <= input.attendance(),
				"参会人员至多" + MAX_ATTENDEES + "人，且不多于参会人数 (attendees: at most " + MAX_ATTENDEES
						+ ", and not more than attendance)", "attendees");
		List<String> names = attendees.stream().map((name) -> check.personName(name, 50, "attendees")).map(String::valueOf).toList();
		String note = (input.note() != null && !input.note().isBlank()) ? check.text(input.note(), 2000, "会议纪要", "note")
				: null;
		String clientKey = input.clientKey();
		if (clientKey != null) {
			check.require(CLIENT_KEY.matcher(clientKey).matches(),
					"会议键应为8至64位字母、数字、-或_（如UUID）(clientKey must be 8-64 letters, digits, '-' or '_')", "clientKey");
		}
		check.require(input.households().size() <= MAX_HOUSEHOLDS,
				"每次会议至多登记" + MAX_HOUSEHOLDS + "户 (households: at most " + MAX_HOUSEHOLDS + ")", "households");
		VillageMeeting meeting = new VillageMeeting(this.ids.nextId(), village.value(), input.kind(), input.heldOn(),
				input.attendance(), names.isEmpty() ? null : String.join(VillageMeeting.SEPARATOR, names), note,
				caller.name(), this.clock.instant(), clientKey);
		List<MeetingHousehold> discussed = discussed(caller, village, meeting.id(), input.households(), check);
		if (check.hasErrors()) {
			return VillageMeetingPayload.rejected(check.errors());
		}
		if (clientKey != null) {
			VillageMeeting recorded = this.meetings.findByClientKey(clientKey);
			if (recorded != null) {
				return retried(recorded, meeting, discussed);
			}
		}
		try {
			this.meetings.insert(meeting);
		}
		catch (DuplicateKeyException ex) {
			return VillageMeetingPayload.rejected(List.of(UserError.conflict(
					"该会议键的会议正在登记或已被使用，请稍后重新提交 (a meeting with this clientKey is being recorded: retry)",
					"clientKey")));
		}
		if (!discussed.isEmpty()) {
			this.meetings.insertHouseholds(discussed);
		}
		this.audit.record(act, "recordVillageMeeting", "VillageMeeting", meeting.id(),
				new Changes().field("village", null, village.value())
					.field("kind", null, meeting.kind())
					.field("heldOn", null, meeting.heldOn())
					.field("households", null, discussed.size()));
		return VillageMeetingPayload.of(meeting);
	}

	/**
	 * The households discussed, each of the village and once, with the lead or case of that household the
	 * decision produced; a household out of the caller's scope is NOT_FOUND, as everywhere.
	 */
	private List<MeetingHousehold> discussed(Caller caller, GridCode village, long meetingId,
			List<MeetingHouseholdInput> inputs, InputCheck check) {
		List<MeetingHousehold> discussed = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (MeetingHouseholdInput input : inputs) {
			Household household = this.households.get(caller, input.householdId());
			check.require(village.covers(new GridCode(household.groupCode())),
					"农户" + household.householdNumber() + "不在本村 (the household is not of the village)", "households");
			check.require(seen.add(household.id()), "农户" + household.householdNumber() + "重复 (a household is listed twice)",
					"households");
			Long leadId = null;
			if (input.leadId() != null) {
				Lead lead = GlobalId.idOf(input.leadId(), "Lead").map((id) -> this.leads.find(caller, id)).orElse(null);
				check.require(lead != null && lead.householdId() == household.id(),
						"风险线索应为该户的线索 (leadId must be a lead of the household)", "households");
				leadId = (lead != null) ? lead.id() : null;
			}
			Long caseId = null;
			if (input.caseId() != null) {
				MonitoredCase found = GlobalId.idOf(input.caseId(), "MonitoredCase")
					.map((id) -> this.cases.find(caller, id))
					.orElse(null);
				check.require(found != null && found.householdId() == household.id(),
						"监测对象应为该户的监测对象 (caseId must be a case of the household)", "households");
				caseId = (found != null) ? found.id() : null;
			}
			String decision = (input.decision() != null && !input.decision().isBlank())
					? check.text(input.decision(), 500, "研判结论", "households") : null;
			discussed.add(new MeetingHousehold(meetingId, household.id(), decision, leadId, caseId));
		}
		return discussed;
	}

	/** A retry gets the meeting recorded under its key; other content under that key is not a retry. */
	private VillageMeetingPayload retried(VillageMeeting recorded, VillageMeeting sent, List<MeetingHousehold> discussed) {
		Set<List<Object>> recordedHouseholds = this.meetings.findAllHouseholds(recorded.id())
			.stream()
			.map(MeetingService::content)
			.collect(Collectors.toSet());
		Set<List<Object>> sentHouseholds = discussed.stream().map(MeetingService::content).collect(Collectors.toSet());
		if (recorded.sameAs(sent) && recordedHouseholds.equals(sentHouseholds)) {
			return VillageMeetingPayload.of(recorded);
		}
		return VillageMeetingPayload.rejected(List.of(UserError.conflict("该会议键已登记了另一内容的会议（" + recorded.heldOn()
				+ "），新的会议请使用新的键 (this clientKey names a meeting with other content: use a new key for a new meeting)",
				"clientKey")));
	}

	private static List<Object> content(MeetingHousehold household) {
		return Arrays.asList(household.householdId(), household.decision(), household.leadId(),
				household.caseId());
	}

}
