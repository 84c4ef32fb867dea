package org.fangpin.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.UserError;
import org.fangpin.monitoring.RiskType;
import org.fangpin.situation.VisitMethod;
import org.jspecify.annotations.Nullable;

/** The inputs and payloads of the campaign mutations, as the schema declares them. */
final class CampaignInputs {

	private CampaignInputs() {
	}

	record OpenCampaignInput(@Nullable String name, LocalDate startsOn, LocalDate endsOn, List<String> gridCodes,
			@Nullable BigDecimal incomeLine) {
	}

	record InspectionInput(String campaignId, String householdId, VisitMethod method, LocalDate inspectedOn,
			boolean riskFound, boolean policyAware, @Nullable String familySituation, @Nullable String note, @Nullable String clientKey, @Nullable Instant actedAt) {
	}

	record InspectionConclusionInput(String inspectionId, int version, InspectionConclusion conclusion,
			LocalDate heldOn, @Nullable List<RiskType> riskTypes, @Nullable String note) {
	}

	record KeyCategoryFlagInput(String campaignId, String householdId, KeyCategory category, @Nullable String note) {
	}

	record KeyCategoryFlagRemovalInput(String campaignId, String householdId, KeyCategory category,
			@Nullable String reason) {
	}

	record KeyCategoryFlagPayload(@Nullable List<KeyCategoryReason> keyCategories, List<UserError> userErrors) {
	}

	record LookBackInput(String campaignId, String caseId, LocalDate checkedOn, boolean incomeStable,
			boolean measuresDone, boolean guaranteesSecured, boolean eliminationStable, boolean needsRemarking,
			boolean needsClearance, @Nullable String note, @Nullable String clientKey) {
	}

	record CaseReviewInput(String campaignId, String caseId, LocalDate checkedOn, boolean measuresDone,
			boolean meetsElimination, @Nullable String note, @Nullable String clientKey) {
	}

	record CampaignMeetingInput(String campaignId, String gridCode, CampaignMeetingKind kind, LocalDate heldOn,
			int attendance, @Nullable String note, @Nullable String clientKey) {
	}

	record CampaignMeetingPayload(@Nullable CampaignMeeting meeting, List<UserError> userErrors) {
	}

	record CampaignPayload(@Nullable Campaign campaign, List<UserError> userErrors) {

		static CampaignPayload of(Campaign campaign) {
			return new CampaignPayload(campaign, List.of());
		}

		static CampaignPayload rejected(List<UserError> errors) {
			return new CampaignPayload(null, errors);
		}

	}

	record InspectionPayload(@Nullable Inspection inspection, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static InspectionPayload stale(Inspection current, int version) {
			return new InspectionPayload(current, List.of(UserError.staleVersion(version)));
		}

		static InspectionPayload of(Inspection inspection) {
			return new InspectionPayload(inspection, List.of());
		}

		static InspectionPayload rejected(List<UserError> errors) {
			return new InspectionPayload(null, errors);
		}

	}

	record CaseCheckPayload(@Nullable CaseCheck caseCheck, List<UserError> userErrors) {

		static CaseCheckPayload of(CaseCheck check) {
			return new CaseCheckPayload(check, List.of());
		}

		static CaseCheckPayload rejected(List<UserError> errors) {
			return new CaseCheckPayload(null, errors);
		}

	}

}
