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

	/** {@code first}: the household's first inspection in the campaign (a second one is a duplicate key). */
	void insertInspection(@Param("i") Inspection inspection, @Param("first") boolean first);

	List<Inspection> findInspections(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	/** A page of the inspections the query selects among the caller's households, in the order recorded. */
	List<Inspection> findInspectionPage(@Param("scope") Scope scope, @Param("q") InspectionQuery query,
			@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long countInspections(@Param("scope") Scope scope, @Param("q") InspectionQuery query);

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

	int deleteFlag(@Param("scope") Scope scope, @Param("f") KeyCategoryFlag flag);

	// case checks

	void insertCheck(@Param("k") CaseCheck check);

	List<CaseCheck> findChecksOfCases(@Param("scope") Scope scope, @Param("caseIds") Collection<Long> caseIds);

	// the progress table: one statement per source, each grouped by the grid column of the level asked

	List<String> findProgressGrids(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("level") String level, @Param("under") @Nullable String under);

	/**
	 * {@code rowLength}: the code length of the kept rows to read, the level asked or, for a caller who holds
	 * only part of a grid of that level, the villages'.
	 */
	List<GridDay> sumGridDays(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("rowLength") int rowLength,
			@Param("under") @Nullable String under, @Param("from") LocalDate from, @Param("to") LocalDate to);

	List<InspectorCount> countInspectors(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("rowLength") int rowLength,
			@Param("under") @Nullable String under, @Param("days") List<DayBlock> days);

	List<CaseEventRow> findCaseEvents(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("under") @Nullable String under,
			@Param("underColumn") @Nullable String underColumn,
			@Param("from") Instant from, @Param("until") Instant until);

	// the progress table's kept figures, written with the records (ProgressRecorder)

	HouseholdFacts findHouseholdFacts(@Param("householdId") long householdId);

	/** {@code codes}: a village and the grids above it. */
	void addGridDay(@Param("campaignId") long campaignId, @Param("codes") List<String> codes,
			@Param("day") LocalDate day, @Param("d") GridDay figures);

	void addInspectorDay(@Param("campaignId") long campaignId, @Param("codes") List<String> codes,
			@Param("subject") String subject, @Param("day") DayBlock day);

	void insertMeeting(@Param("m") CampaignMeeting meeting);

	@Nullable CampaignMeeting findMeeting(@Param("scope") Scope scope, @Param("id") long id);

	List<MeetingRow> countMeetings(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("under") @Nullable String under, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	/** A household as the progress table counts it at its first inspection. */
	record HouseholdFacts(int people, boolean alleviated, boolean monitored) {
	}

	/**
	 * The kept figures of one village's record on a day (added to the village's, township's and county's rows),
	 * or their sum over a grid and period: the households first inspected and who they were, the meeting's
	 * conclusions, the look backs and reviews.
	 */
	record GridDay(String gridCode, int households, int people, int alleviatedHouseholds, int alleviatedPeople,
			int monitoredHouseholds, int monitoredPeople, int concludedInclude, int concludedExclude, int lookBacks,
			int reviews) {

		static GridDay firstInspection(String villageCode, HouseholdFacts household) {
			int alleviated = household.alleviated() ? 1 : 0;
			int monitored = household.monitored() ? 1 : 0;
			return new GridDay(villageCode, 1, household.people(), alleviated,
					alleviated * household.people(), monitored, monitored * household.people(), 0, 0, 0, 0);
		}

		static GridDay conclusion(String villageCode, InspectionConclusion conclusion) {
			boolean include = conclusion == InspectionConclusion.INCLUDE;
			return new GridDay(villageCode, 0, 0, 0, 0, 0, 0, include ? 1 : 0, include ? 0 : 1, 0, 0);
		}

		static GridDay check(String villageCode, CaseCheckKind kind) {
			boolean lookBack = kind == CaseCheckKind.LOOK_BACK;
			return new GridDay(villageCode, 0, 0, 0, 0, 0, 0, 0, 0, lookBack ? 1 : 0, lookBack ? 0 : 1);
		}

	}

	/** Distinct inspectors under one grid in a period. */
	record InspectorCount(String gridCode, int inspectors) {
	}

	/** The deployment meetings and trainings of a period under one grid. */
	record MeetingRow(String gridCode, int deploymentMeetings, int trainings, int peopleTrained) {
	}

	/** A case approved, rolled back or cleared in a period, with its household's size. */
	record CaseEventRow(String gridCode, String action, long caseId, String type, String riskTypes, int people) {
	}

}
