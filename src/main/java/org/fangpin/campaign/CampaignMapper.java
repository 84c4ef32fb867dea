package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Campaigns, inspections and case checks. A campaign is visible to a caller when one of its grids and one
 * of the caller's lie on one path of the tree; inspections and checks through the scope of their household.
 */
@Mapper
interface CampaignMapper {

	// campaigns

	void insert(@Param("c") Campaign campaign);

	void insertGrids(@Param("campaignId") long campaignId, @Param("codes") Collection<String> codes);

	List<Campaign> findVisible(@Param("scope") Scope scope, @Param("ids") @Nullable Collection<Long> ids);

	List<String> findGrids(@Param("campaignId") long campaignId);

	// inspections

	void insertInspection(@Param("i") Inspection inspection);

	List<Inspection> findInspections(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	int conclude(@Param("scope") Scope scope, @Param("i") Inspection inspection, @Param("version") int version);

	long countCovered(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("grid") String grid, @Param("inspected") boolean inspected);

	List<Long> findNotInspected(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("grid") String grid, @Param("afterId") @Nullable Long afterId,
			@Param("limit") int limit);

	// key category flags

	List<KeyCategoryFlag> findFlags(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("householdIds") Collection<Long> householdIds);

	void insertFlag(@Param("f") KeyCategoryFlag flag);

	// case checks

	void insertCheck(@Param("k") CaseCheck check);

	List<CaseCheck> findChecksOfCases(@Param("scope") Scope scope, @Param("caseIds") Collection<Long> caseIds);

	// the progress table: one statement per source, each grouped by the grid column of the level asked

	List<String> findProgressGrids(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("level") String level, @Param("under") @Nullable String under);

	List<InspectedRow> countInspected(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("under") @Nullable String under,
			@Param("underColumn") @Nullable String underColumn,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<ActivityRow> countActivity(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("under") @Nullable String under,
			@Param("underColumn") @Nullable String underColumn,
			@Param("from") LocalDate from, @Param("to") LocalDate to);

	List<CaseEventRow> findCaseEvents(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("under") @Nullable String under,
			@Param("underColumn") @Nullable String underColumn,
			@Param("from") Instant from, @Param("until") Instant until);

	void insertMeeting(@Param("m") CampaignMeeting meeting);

	List<MeetingRow> countMeetings(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("under") @Nullable String under, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** Households inspected in a period, under one grid, and who they are. */
	record InspectedRow(String gridCode, int households, int people, int alleviatedHouseholds, int alleviatedPeople,
			int monitoredHouseholds, int monitoredPeople) {
	}

	/** What the inspectors and the village meetings did in a period, and the look backs and reviews. */
	record ActivityRow(String gridCode, int inspectors, int concludedInclude, int concludedExclude, int lookBacks,
			int reviews) {
	}

	/** The deployment meetings and trainings of a period under one grid. */
	record MeetingRow(String gridCode, int deploymentMeetings, int trainings, int peopleTrained) {
	}

	/** A case approved, rolled back or cleared in a period, with its household's size. */
	record CaseEventRow(String gridCode, String action, long caseId, String type, String riskTypes, int people) {
	}

}
