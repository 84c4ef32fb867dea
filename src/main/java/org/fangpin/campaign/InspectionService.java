package org.fangpin.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.campaign.CampaignInputs.CampaignMeetingInput;
import org.fangpin.campaign.CampaignInputs.CampaignMeetingPayload;
import org.fangpin.campaign.CampaignInputs.CaseCheckPayload;
import org.fangpin.campaign.CampaignInputs.CaseReviewInput;
import org.fangpin.campaign.CampaignInputs.InspectionConclusionInput;
import org.fangpin.campaign.CampaignInputs.InspectionInput;
import org.fangpin.campaign.CampaignInputs.InspectionPayload;
import org.fangpin.campaign.CampaignInputs.KeyCategoryFlagInput;
import org.fangpin.campaign.CampaignInputs.KeyCategoryFlagPayload;
import org.fangpin.campaign.CampaignInputs.KeyCategoryFlagRemovalInput;
import org.fangpin.campaign.CampaignInputs.LookBackInput;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.CaseStatus;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.offline.DeviceTime;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.fangpin.security.rows.GridInScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campaign records (seed 004): the inspection of a household (附件2/3) and the village meeting's
 * conclusion on it, whose 拟纳入 raises a lead on the ordinary path; the look back at an eliminated case
 * (附件4) and the review of a case not yet eliminated (附件5).
 */
@Service
public class InspectionService {

	private static final int MAX_TEXT_LENGTH = 1000;

	private static final int MAX_ATTENDANCE = 100_000;

	private final CampaignMapper campaigns;

	private final CampaignService campaignService;

	private final HouseholdService households;

	private final CaseService cases;

	private final LeadService leads;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final KeyCategories keyCategories;

	private final GridService grids;

	private final ProgressRecorder progress;

	private final Duties duties;

	private final ClientKeys clientKeys;


	private final DeviceTime deviceTime;


	InspectionService(CampaignMapper campaigns, CampaignService campaignService, HouseholdService households,
			CaseService cases, LeadService leads, KeyCategories keyCategories, GridService grids,
			ProgressRecorder progress, Duties duties, IdGenerator ids, AuditLog audit, Clock clock, ClientKeys clientKeys, DeviceTime deviceTime) {
		this.deviceTime = deviceTime;
		this.clientKeys = clientKeys;
		this.campaigns = campaigns;
		this.duties = duties;
		this.progress = progress;
		this.grids = grids;
		this.keyCategories = keyCategories;
		this.campaignService = campaignService;
		this.households = households;
		this.cases = cases;
		this.leads = leads;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	public @Nullable Inspection find(Caller caller, long id) {
		return this.campaigns.findInspections(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	public Inspection get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "Inspection")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("排查记录"));
	}

	/** A page of the inspections the query selects among the caller's households, in the order recorded. */
	public Connection<Inspection> list(Caller caller, InspectionQuery query, Page page) {
		return page(caller.scope(), query, page);
	}

	/**
	 * 每周四研判 (seed 004): the inspections that found a risk and wait for the village meeting's conclusion,
	 * of the villages where the caller concludes inspections (a work list holds only the work of the duty that
	 * takes it), in the order recorded.
	 */
	public Connection<Inspection> awaitingConclusion(Caller caller, @Nullable String campaignId, Page page) {
		Long campaign = (campaignId != null) ? this.campaignService.get(caller, campaignId).id() : null;
		InspectionQuery query = new InspectionQuery(campaign, null, null, null, null, null, true, false);
		return page(this.duties.of("concludeInspection").scopeOfTakers(caller), query, page);
	}

	private Connection<Inspection> page(Scope scope, InspectionQuery query, Page page) {
		return page.toConnection(this.campaigns.findInspectionPage(scope, query, page.afterId(), page.fetchSize()),
				Inspection::id, () -> this.campaigns.countInspections(scope, query));
	}

	/** The look backs and reviews of each case, latest first. */
	public Map<Long, List<CaseCheck>> checksOf(Caller caller, Collection<Long> caseIds) {
		return Batches.group(caseIds, this.campaigns.findChecksOfCases(caller.scope(), caseIds), CaseCheck::caseId);
	}

	/**
	 * Seed 004 inspects the key households (十类人群) with a team of township cadres, the village secretary and
	 * the work team (附件2), the others also with grid workers (附件3): two mutations with their own duties,
	 * and each takes only the households of its kind.
	 */
	@Transactional
	public InspectionPayload record(Act act, InspectionInput input, boolean keyHousehold) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> recordOnce(act, input, keyHousehold),
				new Replies<>((payload) -> (payload.inspection() != null) ? payload.inspection().id() : null,
						(id) -> InspectionPayload.of(ClientKeys.found(find(act.caller(), id))), InspectionPayload::rejected));
	}

	private InspectionPayload recordOnce(Act act, InspectionInput input, boolean keyHousehold) {
		Caller caller = act.caller();
		Campaign campaign = this.campaignService.get(caller, input.campaignId());
		Household household = this.households.get(caller, input.householdId());
		act.check(household);
		// as the caller sees the household: a refusal must not tell a grid worker of a category they may not see
		boolean key = !this.keyCategories.visibleTo(caller, campaign, List.of(household)).get(household.id()).isEmpty();
		if (key != keyHousehold) {
			return InspectionPayload.rejected(List.of(UserError.conflict(key
					? "该户属十类人群重点关注户，应由村干部或镇街干部按附件2排查 (CONFLICT: a key household, see recordKeyHouseholdInspection)"
					: "该户不属十类人群，按一般户排查 (CONFLICT: not a key household, see recordInspection)", "householdId")));
		}
		InputCheck check = new InputCheck();
		check.require(this.campaignService.covers(campaign, household),
				"该户不在本次集中排查的范围内 (the campaign does not cover the household)", "householdId");
		within(check, campaign, input.inspectedOn(), "inspectedOn");
		check.require(!input.riskFound() || hasText(input.familySituation()),
				"近期发生风险时需详细记录家庭情况 (familySituation is required when a risk arose)", "familySituation");
		String situation = optional(check, input.familySituation(), "familySituation");
		String note = optional(check, input.note(), "note");
		Instant actedAt = this.deviceTime.check(check, input.actedAt());
		if (check.hasErrors()) {
			return InspectionPayload.rejected(check.errors());
		}
		Inspection inspection = new Inspection(this.ids.nextId(), campaign.id(), household.id(), caller.subject(),
				caller.name(), caller.roleList(), input.method(), input.inspectedOn(), input.riskFound(),
				input.policyAware(), situation, note, null, null, null, null, this.clock.instant(), actedAt, 0);
		this.progress.inspected(campaign, inspection, household, keyHousehold);
		this.audit.record(act, act.duty().mutation(), "Inspection", inspection.id(),
				new Changes().field("household", null, household.householdNumber())
					.field("method", null, inspection.method())
					.field("riskFound", null, inspection.riskFound()));
		return InspectionPayload.of(inspection);
	}

	/**
	 * A township's or village's deployment meeting or training (seed 004: 全面动员部署, training everyone who
	 * does the work), for the organisation columns of the progress table. The grid need not lie inside the
	 * campaign: a township deploys it for the villages it covers even when the campaign covers only some.
	 */
	@Transactional
	public CampaignMeetingPayload recordMeeting(Act act, CampaignMeetingInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> recordMeetingOnce(act, input),
				new Replies<>((payload) -> (payload.meeting() != null) ? payload.meeting().id() : null,
						(id) -> new CampaignMeetingPayload(
								ClientKeys.found(this.campaigns.findMeeting(act.caller().scope(), id)), List.of()),
						(errors) -> new CampaignMeetingPayload(null, errors)));
	}

	private CampaignMeetingPayload recordMeetingOnce(Act act, CampaignMeetingInput input) {
		Caller caller = act.caller();
		Campaign campaign = this.campaignService.get(caller, input.campaignId());
		GridCode grid = GridInScope.of(caller, input.gridCode());
		act.check(grid);
		InputCheck check = new InputCheck();
		check.require(grid.level() == GridLevel.TOWNSHIP || grid.level() == GridLevel.VILLAGE,
				"部署培训会议由乡镇或行政村召开：请填写乡级或村级网格 (gridCode must be a township or village)", "gridCode");
		check.require(this.campaignService.codesOf(campaign)
			.stream()
			.anyMatch((covered) -> covered.covers(grid) || grid.covers(covered)),
				"该网格不在本次集中排查的范围内 (the campaign does not cover the grid)", "gridCode");
		within(check, campaign, input.heldOn(), "heldOn");
		check.require(input.attendance() >= 1 && input.attendance() <= MAX_ATTENDANCE,
				"参会人数应为1到" + MAX_ATTENDANCE + " (attendance must be 1.." + MAX_ATTENDANCE + ")", "attendance");
		String note = optional(check, input.note(), "note");
		if (check.hasErrors()) {
			return new CampaignMeetingPayload(null, check.errors());
		}
		if (this.grids.findAll(List.of(grid)).isEmpty()) {
			throw ApiException.notFound("网格 " + grid.value());
		}
		CampaignMeeting meeting = new CampaignMeeting(this.ids.nextId(), campaign.id(), grid.value(), input.kind(),
				input.heldOn(), input.attendance(), note, caller.name(), this.clock.instant());
		this.campaigns.insertMeeting(meeting);
		this.audit.record(act, "recordCampaignMeeting", "CampaignMeeting", meeting.id(),
				new Changes().reference("campaign", "Campaign", null, campaign.id())
					.field("grid", null, grid.value())
					.field("kind", null, meeting.kind())
					.field("attendance", null, meeting.attendance()));
		return new CampaignMeetingPayload(meeting, List.of());
	}

	/** A cadre puts a household in a key category the data cannot show (seed 004: ⑧ 疫情影响, …). */
	@Transactional
	public KeyCategoryFlagPayload flag(Act act, KeyCategoryFlagInput input) {
		Caller caller = act.caller();
		FlagTarget target = flagTarget(act, input.campaignId(), input.householdId());
		Campaign campaign = target.campaign();
		Household household = target.household();
		InputCheck check = new InputCheck();
		String note = check.text(input.note(), MAX_TEXT_LENGTH, "说明", "note");
		check.require(this.campaignService.covers(campaign, household),
				"该户不在本次集中排查的范围内 (the campaign does not cover the household)", "householdId");
		check.require(!input.category().isRecorded(),
				"该类别以农户档案为准（农户类别、特困供养、低保），不能标注；如档案有误请更正农户信息 (" + input.category()
						+ " follows the household record: correct the household instead of flagging it)",
				"category");
		if (check.hasErrors()) {
			return new KeyCategoryFlagPayload(null, check.errors());
		}
		try {
			this.campaigns.insertFlag(new KeyCategoryFlag(campaign.id(), household.id(), input.category(),
					String.valueOf(note), caller.name(), this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			return new KeyCategoryFlagPayload(null, List.of(UserError.conflict(
					"该户已标注此类别 (CONFLICT: already flagged in this category)", "category")));
		}
		this.audit.record(act, "flagKeyCategory", "Household", household.id(),
				new Changes().reference("campaign", "Campaign", null, campaign.id()).field("keyCategory", null, input.category()));
		return categoriesNow(caller, target);
	}

	/**
	 * A cadre takes back a flag that no longer holds (the pandemic's impact is over, the flag was a mistake),
	 * with the reason; the audit record keeps the category, who had flagged it, who took it back and why.
	 */
	@Transactional
	public KeyCategoryFlagPayload removeFlag(Act act, KeyCategoryFlagRemovalInput input) {
		FlagTarget target = flagTarget(act, input.campaignId(), input.householdId());
		InputCheck check = new InputCheck();
		String reason = check.text(input.reason(), MAX_TEXT_LENGTH, "撤销原因", "reason");
		if (check.hasErrors()) {
			return new KeyCategoryFlagPayload(null, check.errors());
		}
		long campaignId = target.campaign().id();
		long householdId = target.household().id();
		Scope scope = act.caller().scope();
		KeyCategoryFlag flag = this.campaigns.findFlags(scope, campaignId, List.of(householdId))
			.stream()
			.filter((found) -> found.category() == input.category())
			.findFirst()
			.orElse(null);
		if (flag == null || this.campaigns.deleteFlag(scope, flag) == 0) {
			return new KeyCategoryFlagPayload(null, List.of(UserError.conflict(
					"该户在本次集中排查中未标注此类别 (CONFLICT: not flagged in this category)", "category")));
		}
		this.audit.record(act, "removeKeyCategoryFlag", "Household", householdId,
				new Changes().reference("campaign", "Campaign", null, campaignId)
					.field("keyCategory", input.category(), null)
					.field("flaggedBy", flag.flaggedBy(), null)
					.field("reason", null, reason));
		return categoriesNow(act.caller(), target);
	}

	/** The campaign and household a flag concerns, both the caller's, and the household the act's to take. */
	private FlagTarget flagTarget(Act act, String campaignId, String householdId) {
		Campaign campaign = this.campaignService.get(act.caller(), campaignId);
		Household household = this.households.get(act.caller(), householdId);
		act.check(household);
		return new FlagTarget(campaign, household);
	}

	/** The household's key categories after a flag or its removal, as the caller may see them. */
	private KeyCategoryFlagPayload categoriesNow(Caller caller, FlagTarget target) {
		Household household = target.household();
		return new KeyCategoryFlagPayload(
				this.keyCategories.visibleTo(caller, target.campaign(), List.of(household)).get(household.id()),
				List.of());
	}

	private record FlagTarget(Campaign campaign, Household household) {
	}

	/**
	 * The village meeting's conclusion (每周四研判); 拟纳入 raises a cadre-inspection lead that the village
	 * then accepts or dismisses as any other, within the 15 days from this day.
	 */
	@Transactional
	public InspectionPayload conclude(Act act, InspectionConclusionInput input) {
		Caller caller = act.caller();
		Inspection current = get(caller, input.inspectionId());
		Household household = this.households.find(caller, current.householdId());
		if (household == null) {
			throw ApiException.notFound("排查记录");
		}
		act.check(household);
		if (current.conclusion() != null) {
			return InspectionPayload.rejected(List.of(UserError.conflict(
					"该排查记录已有研判结论 (CONFLICT: the inspection is concluded)", "inspectionId")));
		}
		if (current.version() != input.version()) {
			return InspectionPayload.stale(current, input.version());
		}
		InputCheck check = new InputCheck();
		check.require(!input.heldOn().isBefore(current.inspectedOn()), "研判日期不能早于排查日期 (heldOn is before inspectedOn)",
				"heldOn");
		check.notInFuture(input.heldOn(), today(), "heldOn");
		boolean include = input.conclusion() == InspectionConclusion.INCLUDE;
		check.require(!include || (input.riskTypes() != null && !input.riskTypes().isEmpty()),
				"拟纳入时至少选择一种风险类型 (riskTypes is required to include)", "riskTypes");
		String note = optional(check, input.note(), "note");
		if (check.hasErrors()) {
			return InspectionPayload.rejected(check.errors());
		}
		Long leadId = null;
		if (include) {
			String description = "集中排查会议研判拟纳入" + ((current.familySituation() != null) ? "：" + current.familySituation() : "")
					+ ((note != null) ? "（" + note + "）" : "");
			Lead lead = this.leads.raiseByInspection(act, household, input.riskTypes(), truncated(description));
			leadId = lead.id();
		}
		Inspection concluded = new Inspection(current.id(), current.campaignId(), current.householdId(),
				current.inspectorSubject(), current.inspectorName(), current.inspectorRoles(), current.method(),
				current.inspectedOn(), current.riskFound(), current.policyAware(), current.familySituation(),
				current.note(), input.conclusion(), input.heldOn(), caller.name(), leadId, current.recordedAt(),
				current.actedAt(), current.version() + 1);
		if (this.campaigns.conclude(caller.scope(), concluded, input.version()) == 0) {
			// the lead raised above goes too
			Transactions.rollback();
			return InspectionPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		this.progress.concluded(current.campaignId(), household, input.conclusion(), input.heldOn());
		this.audit.record(act, "concludeInspection", "Inspection", current.id(),
				new Changes().field("conclusion", null, input.conclusion()).reference("lead", "Lead", null, leadId));
		return InspectionPayload.of(concluded);
	}

	/** 回头看 (附件4) of an eliminated case; an unstable one is then rolled back or cleared by the county. */
	@Transactional
	public CaseCheckPayload lookBack(Act act, LookBackInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> lookBackOnce(act, input), checkReplies(act, input.caseId()));
	}

	private CaseCheckPayload lookBackOnce(Act act, LookBackInput input) {
		return check(act, input.campaignId(), input.caseId(), input.checkedOn(), input.note(), CaseCheckKind.LOOK_BACK,
				(campaign, monitoredCase, note) -> new CaseCheck(this.ids.nextId(), campaign.id(), monitoredCase.id(),
						CaseCheckKind.LOOK_BACK, input.incomeStable(), input.measuresDone(), input.guaranteesSecured(),
						input.eliminationStable(), input.needsRemarking(), input.needsClearance(), null, note,
						input.checkedOn(), act.caller().name(), this.clock.instant()));
	}

	/** 研判 (附件5) of a case not yet eliminated: measures in place, and whether it meets elimination. */
	@Transactional
	public CaseCheckPayload review(Act act, CaseReviewInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> reviewOnce(act, input), checkReplies(act, input.caseId()));
	}

	private CaseCheckPayload reviewOnce(Act act, CaseReviewInput input) {
		return check(act, input.campaignId(), input.caseId(), input.checkedOn(), input.note(), CaseCheckKind.REVIEW,
				(campaign, monitoredCase, note) -> new CaseCheck(this.ids.nextId(), campaign.id(), monitoredCase.id(),
						CaseCheckKind.REVIEW, null, input.measuresDone(), null, null, null, null,
						input.meetsElimination(), note, input.checkedOn(), act.caller().name(), this.clock.instant()));
	}

	/** A resend answers the check written first, read again among its case's. */
	private Replies<CaseCheckPayload> checkReplies(Act act, String caseId) {
		return new Replies<>((payload) -> (payload.caseCheck() != null) ? payload.caseCheck().id() : null,
				(id) -> CaseCheckPayload.of(ClientKeys.found(this.campaigns
					.findChecksOfCases(act.caller().scope(), List.of(this.cases.get(act.caller(), caseId).id()))
					.stream()
					.filter((written) -> written.id() == id)
					.findFirst()
					.orElse(null))),
				CaseCheckPayload::rejected);
	}

	private interface CheckRow {

		CaseCheck of(Campaign campaign, MonitoredCase monitoredCase, @Nullable String note);

	}

	private CaseCheckPayload check(Act act, String campaignId, String caseId, LocalDate checkedOn,
			@Nullable String noteText, CaseCheckKind kind, CheckRow row) {
		Caller caller = act.caller();
		Campaign campaign = this.campaignService.get(caller, campaignId);
		MonitoredCase monitoredCase = this.cases.get(caller, caseId);
		Household household = this.households.find(caller, monitoredCase.householdId());
		if (household == null) {
			throw ApiException.notFound("监测对象");
		}
		act.check(household);
		boolean eliminated = monitoredCase.status() == CaseStatus.RISK_ELIMINATED;
		if ((kind == CaseCheckKind.LOOK_BACK) ? !eliminated : (!monitoredCase.status().isActive())) {
			return CaseCheckPayload.rejected(List.of(UserError.conflict((kind == CaseCheckKind.LOOK_BACK)
					? "回头看只针对风险已消除的监测对象 (CONFLICT: the case is not RISK_ELIMINATED)"
					: "研判只针对未消除风险的监测对象 (CONFLICT: the case is not active)", "caseId")));
		}
		InputCheck check = new InputCheck();
		check.require(this.campaignService.covers(campaign, household),
				"该户不在本次集中排查的范围内 (the campaign does not cover the household)", "caseId");
		within(check, campaign, checkedOn, "checkedOn");
		if (kind == CaseCheckKind.LOOK_BACK && monitoredCase.closedAt() != null) {
			// 回头看 looks at how the household fared since its risk was eliminated
			LocalDate eliminatedOn = LocalDate.ofInstant(monitoredCase.closedAt(), InputCheck.ZONE);
			check.require(!checkedOn.isBefore(eliminatedOn), "回头看日期不能早于风险消除日期 " + eliminatedOn
					+ " (checkedOn is before the case was eliminated)", "checkedOn");
		}
		String note = optional(check, noteText, "note");
		if (check.hasErrors()) {
			return CaseCheckPayload.rejected(check.errors());
		}
		CaseCheck written = row.of(campaign, monitoredCase, note);
		try {
			this.campaigns.insertCheck(written);
		}
		catch (DuplicateKeyException ex) {
			// 附件1 counts a case's look back once per campaign
			return CaseCheckPayload.rejected(List.of(UserError.conflict(
					"该监测对象在本次集中排查中已回头看 (CONFLICT: the case was already looked back at in this campaign)",
					"caseId")));
		}
		this.progress.checked(written, household);
		this.audit.record(act, (kind == CaseCheckKind.LOOK_BACK) ? "recordLookBack" : "recordCaseReview", "CaseCheck",
				written.id(), new Changes().reference("case", "MonitoredCase", null, monitoredCase.id())
					.field("needsAction", null, written.needsAction()));
		return CaseCheckPayload.of(written);
	}

	/** A day of the campaign, not in the future. */
	private void within(InputCheck check, Campaign campaign, LocalDate day, String field) {
		check.require(!day.isBefore(campaign.startsOn()) && !day.isAfter(campaign.endsOn()),
				"日期应在集中排查期间 " + campaign.startsOn() + " 至 " + campaign.endsOn() + " (the day is outside the campaign)",
				field);
		check.notInFuture(day, today(), field);
	}

	private static boolean hasText(@Nullable String text) {
		return text != null && !text.isBlank();
	}

	private static @Nullable String optional(InputCheck check, @Nullable String text, String field) {
		return hasText(text) ? check.text(text, MAX_TEXT_LENGTH, "说明", field) : null;
	}

	private static String truncated(String text) {
		return (text.codePointCount(0, text.length()) <= MAX_TEXT_LENGTH) ? text
				: text.substring(0, text.offsetByCodePoints(0, MAX_TEXT_LENGTH));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

}
