package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.grid.Grid;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
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

	@ReadsWithoutScope("the grids of a campaign already read in the caller's scope")
	List<String> findGrids(@Param("campaignId") long campaignId);

	// inspections

	/**
	 * {@code first}: the household's first inspection in the campaign (a second one is a duplicate key);
	 * {@code key}: of a key household (附件2), not an ordinary one (附件3).
	 */
	void insertInspection(@Param("i") Inspection inspection, @Param("first") boolean first, @Param("key") boolean key);

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

	/** The table's grids: those of the level that the campaign covers, in the caller's scope and under the grid asked. */
	List<Grid> findProgressGrids(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("level") String level, @Param("under") @Nullable String under);

	/**
	 * {@code rowLength}: the code length of the kept rows to read, the level asked or, for a caller who holds
	 * only part of a grid of that level, the villages'. Each row: grid_code, and the sum of each of {@code kept}
	 * from {@code from} to {@code to} under its column's name. The period and its week are read apart: plain sums
	 * of a range of the key cost the database half what a sum of the period with a conditional sum of its week
	 * does (a county by village sums 7,700 kept rows).
	 */
	List<Map<String, Object>> sumKeptFigures(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("rowLength") int rowLength,
			@Param("under") @Nullable String under, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("kept") List<ProgressColumn> kept);

	/** The sums of the days before {@code from} and after {@code to}: what a grid's totals hold besides. */
	List<Map<String, Object>> sumKeptFiguresOutside(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("rowLength") int rowLength,
			@Param("under") @Nullable String under, @Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("kept") List<ProgressColumn> kept);

	/** The sums of every day kept, read from the running totals. */
	List<Map<String, Object>> sumKeptTotals(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("rowLength") int rowLength,
			@Param("under") @Nullable String under, @Param("kept") List<ProgressColumn> kept);

	/** {@code days}: the period's blocks of days; {@code weekDays}: the week's, within them. */
	List<InspectorCount> countInspectors(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("rowLength") int rowLength,
			@Param("under") @Nullable String under, @Param("days") List<DayBlock> days,
			@Param("weekDays") List<DayBlock> weekDays);

	List<CaseEventRow> findCaseEvents(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("gridColumn") String gridColumn, @Param("under") @Nullable String under,
			@Param("underColumn") @Nullable String underColumn,
			@Param("from") Instant from, @Param("until") Instant until);

	// the progress table's kept figures, written with the records (ProgressRecorder)

	/** {@code monitored}: the statuses of a monitored household's case ({@code CaseStatus#isMonitored}). */
	@ReadsWithoutScope("a household already read in the caller's scope, counted for the progress table")
	HouseholdFacts findHouseholdFacts(@Param("householdId") long householdId,
			@Param("monitored") Collection<String> monitored);

	/** {@code codes}: a village and the grids above it; {@code figures}: kept columns only. */
	void addGridDay(@Param("campaignId") long campaignId, @Param("codes") List<String> codes,
			@Param("day") LocalDate day, @Param("figures") Map<ProgressColumn, Integer> figures);

	void addGridTotal(@Param("campaignId") long campaignId, @Param("codes") List<String> codes,
			@Param("figures") Map<ProgressColumn, Integer> figures);

	void addInspectorDay(@Param("campaignId") long campaignId, @Param("codes") List<String> codes,
			@Param("subject") String subject, @Param("day") DayBlock day);

	void insertMeeting(@Param("m") CampaignMeeting meeting);

	@Nullable CampaignMeeting findMeeting(@Param("scope") Scope scope, @Param("id") long id);

	List<MeetingRow> countMeetings(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("under") @Nullable String under, @Param("from") LocalDate from,
			@Param("to") LocalDate to, @Param("weekFrom") LocalDate weekFrom);

	/** A household as the progress table counts it at its first inspection. */
	record HouseholdFacts(int people, boolean alleviated, boolean monitored) {
	}

	/**
	 * What one record adds to the kept figures of its village (and the grids above it) on a day, or their sum
	 * over a grid and period: the households first inspected and who they were, the meeting's conclusions, the
	 * look backs and reviews. Figures a record does not change are not in it.
	 */
	record GridDay(String gridCode, Map<ProgressColumn, Integer> figures) {

		static GridDay firstInspection(String villageCode, HouseholdFacts household) {
			Map<ProgressColumn, Integer> figures = new EnumMap<>(ProgressColumn.class);
			figures.put(ProgressColumn.HOUSEHOLDS_INSPECTED, 1);
			figures.put(ProgressColumn.PEOPLE_INSPECTED, household.people());
			if (household.alleviated()) {
				figures.put(ProgressColumn.ALLEVIATED_HOUSEHOLDS, 1);
				figures.put(ProgressColumn.ALLEVIATED_PEOPLE, household.people());
			}
			if (household.monitored()) {
				figures.put(ProgressColumn.MONITORED_HOUSEHOLDS, 1);
				figures.put(ProgressColumn.MONITORED_PEOPLE, household.people());
			}
			return new GridDay(villageCode, figures);
		}

		static GridDay conclusion(String villageCode, InspectionConclusion conclusion) {
			return new GridDay(villageCode, Map.of((conclusion == InspectionConclusion.INCLUDE)
					? ProgressColumn.CONCLUDED_INCLUDE : ProgressColumn.CONCLUDED_EXCLUDE, 1));
		}

		static GridDay check(String villageCode, CaseCheckKind kind) {
			return new GridDay(villageCode,
					Map.of((kind == CaseCheckKind.LOOK_BACK) ? ProgressColumn.LOOK_BACKS : ProgressColumn.REVIEWS, 1));
		}

		/**
		 * Each grid's totals less what it kept outside a period: the sums of the period's days, for the grids that
		 * kept any (a row is only ever written with a figure to add).
		 */
		static List<GridDay> difference(List<Map<String, Object>> totals, List<Map<String, Object>> outside) {
			Map<String, GridDay> outsideOf = new HashMap<>();
			outside.stream().map(GridDay::read).forEach((grid) -> outsideOf.put(grid.gridCode(), grid));
			List<GridDay> inside = new ArrayList<>();
			for (Map<String, Object> row : totals) {
				GridDay total = read(row);
				GridDay less = outsideOf.get(total.gridCode());
				Map<ProgressColumn, Integer> figures = new EnumMap<>(total.figures());
				if (less != null) {
					less.figures().forEach((column, count) -> figures.merge(column, -count, Integer::sum));
				}
				if (figures.values().stream().anyMatch((count) -> count != 0)) {
					inside.add(new GridDay(total.gridCode(), figures));
				}
			}
			return inside;
		}

		/** A row of {@link CampaignMapper#sumKeptFigures} (or of the totals): its sums. */
		static GridDay read(Map<String, Object> row) {
			Map<ProgressColumn, Integer> figures = new EnumMap<>(ProgressColumn.class);
			for (ProgressColumn column : ProgressColumn.KEPT) {
				figures.put(column, ((Number) row.get(column.getKeptColumn())).intValue());
			}
			return new GridDay((String) row.get("grid_code"), figures);
		}

	}

	/** Distinct inspectors under one grid in a period, and in its last week. */
	record InspectorCount(String gridCode, int inspectors, int weekInspectors) {
	}

	/** The deployment meetings and trainings of a period under one grid, and of its last week. */
	record MeetingRow(String gridCode, int deploymentMeetings, int trainings, int peopleTrained,
			int weekDeploymentMeetings, int weekTrainings, int weekPeopleTrained) {
	}

	/** A case approved, rolled back or cleared in a period, when, with its household's size. */
	record CaseEventRow(String gridCode, String action, long caseId, String type, String riskTypes, int people,
			Instant occurredAt) {
	}

}
