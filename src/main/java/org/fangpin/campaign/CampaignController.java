package org.fangpin.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.campaign.CampaignInputs.CampaignPayload;
import org.fangpin.campaign.CampaignInputs.CaseCheckPayload;
import org.fangpin.campaign.CampaignInputs.CaseReviewInput;
import org.fangpin.campaign.CampaignInputs.InspectionConclusionInput;
import org.fangpin.campaign.CampaignInputs.InspectionInput;
import org.fangpin.campaign.CampaignInputs.InspectionPayload;
import org.fangpin.campaign.CampaignInputs.LookBackInput;
import org.fangpin.campaign.CampaignService.Coverage;
import org.fangpin.campaign.InspectionQuery.InspectionFilter;
import org.fangpin.campaign.Progress.CampaignProgress;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.grid.Grid;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.node.NodeResolver;
import org.fangpin.problem.Problem;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Campaigns, their inspections and case checks, coverage and the progress table; a case's checks and a
 * problem's campaign.
 */
@Controller
class CampaignController {

	private final CampaignService campaigns;

	private final InspectionService inspections;

	private final ProgressService progress;

	private final HouseholdService households;

	private final CaseService cases;

	private final LeadService leads;

	private final KeyCategories keyCategories;

	CampaignController(CampaignService campaigns, InspectionService inspections, ProgressService progress,
			HouseholdService households, CaseService cases, LeadService leads, KeyCategories keyCategories) {
		this.keyCategories = keyCategories;
		this.campaigns = campaigns;
		this.inspections = inspections;
		this.progress = progress;
		this.households = households;
		this.cases = cases;
		this.leads = leads;
	}

	@Bean
	static NodeResolver campaignNodes(CampaignService campaigns) {
		return NodeResolver.of("Campaign", campaigns::find);
	}

	@Bean
	static NodeResolver inspectionNodes(InspectionService inspections) {
		return NodeResolver.of("Inspection", inspections::find);
	}

	@QueryMapping
	Campaign campaign(@Argument String id, @ContextValue Caller caller) {
		return this.campaigns.get(caller, id);
	}

	@QueryMapping
	List<Campaign> campaigns(@ContextValue Caller caller) {
		return this.campaigns.list(caller);
	}

	@QueryMapping
	Coverage campaignCoverage(@Argument String campaignId, @Argument String gridCode,
			Page page, @ContextValue Caller caller) {
		return this.campaigns.coverage(caller, campaignId, gridCode, page);
	}

	@QueryMapping
	CampaignProgress campaignProgress(@Argument String campaignId, @Argument GridLevel level,
			@Argument @Nullable LocalDate asOf, @Argument @Nullable String gridCode, @ContextValue Caller caller) {
		return this.progress.progress(caller, campaignId, level, asOf, gridCode);
	}

	@QueryMapping
	Connection<Inspection> inspectionsAwaitingConclusion(@Argument @Nullable String campaignId, Page page,
			@ContextValue Caller caller) {
		return this.inspections.awaitingConclusion(caller, campaignId, page);
	}

	@SchemaMapping(typeName = "Campaign")
	Connection<Inspection> inspections(Campaign campaign, @Argument @Nullable InspectionFilter filter, Page page,
			@ContextValue Caller caller) {
		return this.inspections.list(caller, InspectionQuery.of(filter).ofCampaign(campaign.id()), page);
	}

	@SchemaMapping(typeName = "Grid", field = "inspections")
	Connection<Inspection> inspectionsUnderGrid(Grid grid, @Argument @Nullable String campaignId,
			@Argument @Nullable InspectionFilter filter, Page page, @ContextValue Caller caller) {
		return this.inspections.list(caller, ofCampaign(caller, campaignId, filter).under(grid.code()), page);
	}

	@SchemaMapping(typeName = "Household", field = "inspections")
	Connection<Inspection> inspectionsOfHousehold(Household household, @Argument @Nullable String campaignId,
			@Argument @Nullable InspectionFilter filter, Page page, @ContextValue Caller caller) {
		return this.inspections.list(caller, ofCampaign(caller, campaignId, filter).ofHousehold(household.id()), page);
	}

	/** The filter, within the campaign if one is named: one the caller does not see is NOT_FOUND. */
	private InspectionQuery ofCampaign(Caller caller, @Nullable String campaignId, @Nullable InspectionFilter filter) {
		InspectionQuery query = InspectionQuery.of(filter);
		return (campaignId != null) ? query.ofCampaign(this.campaigns.get(caller, campaignId).id()) : query;
	}

	@MutationMapping
	CampaignPayload openCampaign(@Argument CampaignInputs.OpenCampaignInput input, Act act) {
		return this.campaigns.open(act, input);
	}

	@MutationMapping
	InspectionPayload recordInspection(@Argument InspectionInput input, Act act) {
		return this.inspections.record(act, input, false);
	}

	@MutationMapping
	InspectionPayload recordKeyHouseholdInspection(@Argument InspectionInput input, Act act) {
		return this.inspections.record(act, input, true);
	}

	@MutationMapping
	CampaignInputs.CampaignMeetingPayload recordCampaignMeeting(@Argument CampaignInputs.CampaignMeetingInput input,
			Act act) {
		return this.inspections.recordMeeting(act, input);
	}

	@MutationMapping
	InspectionPayload concludeInspection(@Argument InspectionConclusionInput input, Act act) {
		return this.inspections.conclude(act, input);
	}

	@MutationMapping
	CampaignInputs.KeyCategoryFlagPayload flagKeyCategory(@Argument CampaignInputs.KeyCategoryFlagInput input,
			Act act) {
		return this.inspections.flag(act, input);
	}

	@MutationMapping
	CampaignInputs.KeyCategoryFlagPayload removeKeyCategoryFlag(
			@Argument CampaignInputs.KeyCategoryFlagRemovalInput input, Act act) {
		return this.inspections.removeFlag(act, input);
	}

	@SchemaMapping(typeName = "Household")
	List<KeyCategoryReason> keyCategories(Household household, @Argument String campaignId,
			@ContextValue Caller caller) {
		Campaign campaign = this.campaigns.get(caller, campaignId);
		return this.keyCategories.visibleTo(caller, campaign, List.of(household)).get(household.id());
	}

	@MutationMapping
	CaseCheckPayload recordLookBack(@Argument LookBackInput input, Act act) {
		return this.inspections.lookBack(act, input);
	}

	@MutationMapping
	CaseCheckPayload recordCaseReview(@Argument CaseReviewInput input, Act act) {
		return this.inspections.review(act, input);
	}

	@SchemaMapping(typeName = "Campaign")
	List<Grid> grids(Campaign campaign) {
		return this.campaigns.gridsOf(campaign);
	}

	@SchemaMapping(typeName = "Inspection")
	Campaign campaign(Inspection inspection, @ContextValue Caller caller) {
		Campaign campaign = this.campaigns.find(caller, inspection.campaignId());
		if (campaign == null) {
			throw new IllegalStateException("An inspection of a campaign out of sight");
		}
		return campaign;
	}

	@SchemaMapping(typeName = "Inspection")
	Household household(Inspection inspection, @ContextValue Caller caller) {
		Household household = this.households.find(caller, inspection.householdId());
		if (household == null) {
			throw new IllegalStateException("An inspection of a household out of scope");
		}
		return household;
	}

	@SchemaMapping(typeName = "Inspection")
	@Nullable Lead lead(Inspection inspection, @ContextValue Caller caller) {
		return (inspection.leadId() != null) ? this.leads.find(caller, inspection.leadId()) : null;
	}

	@SchemaMapping(typeName = "CaseCheck", field = "case")
	MonitoredCase caseOfCheck(CaseCheck check, @ContextValue Caller caller) {
		MonitoredCase found = this.cases.find(caller, check.caseId());
		if (found == null) {
			throw new IllegalStateException("A check of a case out of scope");
		}
		return found;
	}

	@SchemaMapping(typeName = "CaseCheck")
	boolean needsAction(CaseCheck check) {
		return check.needsAction();
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, List<CaseCheck>> campaignChecks(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, List<CaseCheck>> byCase = this.inspections.checksOf(caller,
				cases.stream().map(MonitoredCase::id).toList());
		return cases.stream().collect(Collectors.toMap(Function.identity(), (found) -> byCase.get(found.id())));
	}

	@SchemaMapping(typeName = "Problem")
	@Nullable Campaign campaign(Problem problem, @ContextValue Caller caller) {
		return (problem.campaignId() != null) ? this.campaigns.find(caller, problem.campaignId()) : null;
	}

}
