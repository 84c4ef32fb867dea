package org.fangpin.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.household.HouseholdInputs.RegisterHouseholdInput;
import org.jspecify.annotations.Nullable;

/** The inputs of the lead and case queries and mutations, as the schema declares them. */
final class MonitoringInputs {

	private MonitoringInputs() {
	}

	record CaseFilter(@Nullable List<CaseStatus> statuses, @Nullable CaseType type, @Nullable RiskType riskType,
			@Nullable String gridCode, @Nullable Boolean overdue, @Nullable String contactCadre,
			@Nullable LocalDate identifiedFrom, @Nullable LocalDate identifiedTo, @Nullable Boolean identifiedLate) {
	}

	record ReportLeadInput(@Nullable String householdId, @Nullable RegisterHouseholdInput newHousehold,
			LeadSource source, List<RiskType> riskTypes, @Nullable String description, @Nullable String clientKey, @Nullable Instant actedAt) {
	}

	record ChannelLeadInput(@Nullable String householdId, @Nullable UnregisteredPersonInput person,
			LeadSource source, @Nullable String channelReference, LocalDate receivedOn, List<RiskType> riskTypes,
			@Nullable String description) {
	}

	record UnregisteredPersonInput(@Nullable String name, @Nullable String idNumber, String gridCode) {
	}

	record LinkPendingLeadInput(String pendingLeadId, int version, String householdId) {
	}

	record DeclareDifficultyInput(List<RiskType> riskTypes, @Nullable String description, @Nullable String clientKey, @Nullable Instant actedAt) {
	}

	record AcceptLeadInput(String leadId, int version, CaseType caseType, @Nullable String note) {
	}

	record DismissLeadInput(String leadId, int version, @Nullable String reason, @Nullable String helpNote) {
	}

	record CommitmentInput(String caseId, int version, LocalDate signedOn, @Nullable String note, @Nullable List<String> files) {
	}

	record AppraisalInput(String caseId, int version, LocalDate heldOn, int participants, boolean passed,
			@Nullable String note, @Nullable List<String> files) {
	}

	record NoticeInput(String caseId, int version, LocalDate startOn, LocalDate endOn, int objections,
			@Nullable String note, @Nullable List<String> files) {
	}

	record VerificationInput(String caseId, int version, @Nullable String checkedBy, @Nullable String findings,
			@Nullable Boolean passed, @Nullable List<String> files, @Nullable NegativeListInput negativeList) {
	}

	/** 负面清单比对: the items that apply (none: empty), and why the household is identified all the same. */
	record NegativeListInput(@Nullable List<NegativeListItem> items, @Nullable String reason) {
	}

	record DecisionInput(String caseId, int version, @Nullable String note, @Nullable List<String> files) {
	}

	record ContactCadreInput(String caseId, int version, @Nullable String username, @Nullable String phone) {
	}

	record EliminationApprovalInput(String caseId, int version, EliminationKind kind, @Nullable String overrideReason,
			@Nullable String note, @Nullable List<String> files) {
	}

	record RollbackInput(String caseId, int version, RollbackReason reason, @Nullable String note) {
	}

	/** 公告: when the announcement was published, with its file. */
	record AnnouncementInput(String caseId, int version, LocalDate publishedOn, @Nullable String note,
			@Nullable List<String> files) {
	}

	/** 书面申请: the township's written application for a rollback, with its reason, day and content. */
	record RollbackApplicationInput(String caseId, int version, RollbackReason reason, LocalDate appliedOn,
			@Nullable String note) {
	}

	/** 书面申请: the township's written application for a clearance. */
	record ClearanceApplicationInput(String caseId, int version, ClearanceReason reason, LocalDate appliedOn,
			@Nullable String note) {
	}

	/** 帮扶措施备案: the township filed the posted measures with the county. */
	record MeasureFilingInput(String caseId, int version, LocalDate filedOn, @Nullable String note) {
	}

	/** 更正办理日期: which step's date (the step as the timeline names it, the field of its record), the new date, why. */
	record CorrectStepDateInput(String caseId, int version, String step, String field, LocalDate date,
			@Nullable String reason) {
	}

	record ClearanceInput(String caseId, int version, ClearanceReason reason, @Nullable String note) {
	}

}
