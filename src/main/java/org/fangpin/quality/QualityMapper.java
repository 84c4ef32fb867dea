package org.fangpin.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality checks over the households under a grid ({@code lineage}: the grid and its ancestors,
 * whose equalities put a household under it); the province's list of people registered in other counties;
 * the findings as the sweep records them; and their owners' judgements.
 */
@Mapper
interface QualityMapper {

	/** The findings, households in order; all of them without a limit. */
	List<Row> findings(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("kind") @Nullable String kind, @Param("lastYear") int lastYear, @Param("limit") @Nullable Integer limit);

	List<MemberRow> pupils(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage);

	List<MemberRow> villageMembers(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage);

	// the province's list of people registered in other counties

	void deleteOtherCountyList(@Param("county") String county, @Param("otherCounty") String otherCounty);

	void insertOtherCountyPeople(@Param("county") String county, @Param("otherCounty") String otherCounty,
			@Param("hashes") Collection<byte[]> hashes, @Param("loadedBy") String loadedBy,
			@Param("loadedAt") Instant loadedAt);

	int countOtherCountyList(@Param("county") String county, @Param("otherCounty") String otherCounty);

	// the sweep

	@ReadsWithoutScope("the findings' sweep, the application's own work that no caller asks for")
	List<String> findCountyCodes();

	/** The counties with households that no sweep has finished. */
	@ReadsWithoutScope("the findings' sweep, the application's own work that no caller asks for")
	List<String> findNeverSweptCountyCodes();

	@ReadsWithoutScope("the findings' sweep, the application's own work that no caller asks for")
	List<String> findTownshipCodes(@Param("county") String county);

	void insertSweep(@Param("county") String county, @Param("until") Instant until);

	int takeSweep(@Param("county") String county, @Param("now") Instant now, @Param("until") Instant until);

	@ReadsWithoutScope("the findings' sweep, the application's own work that no caller asks for")
	long findSweepNo(@Param("county") String county);

	void finishSweep(@Param("county") String county, @Param("now") Instant now);

	void upsertFindings(@Param("county") String county, @Param("findings") Collection<Seen> findings,
			@Param("today") LocalDate today, @Param("sweepNo") long sweepNo);

	int resolveUnseen(@Param("county") String county, @Param("today") LocalDate today, @Param("sweepNo") long sweepNo);

	/** The open findings the sweep recorded under the grid, by kind and child grid ({@code childColumn}). */
	List<Count> openCounts(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	List<ResolvedCount> countResolved(@Param("scope") Scope scope, @Param("within") Collection<String> within,
			@Param("gridColumn") String gridColumn, @Param("under") @Nullable String under,
			@Param("underColumn") @Nullable String underColumn, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	// the judgements and owners

	List<Settlement> settlements(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage);

	@ReadsWithoutScope("the judgement of a finding already read in the caller's scope")
	@Nullable Settlement findSettlement(@Param("kind") String kind, @Param("recordId") long recordId);

	@ReadsWithoutScope("the judgement behind a problem already read in the caller's scope")
	@Nullable Settlement findSettlementByProblem(@Param("problemId") long problemId);

	void insertSettlement(Settlement settlement);

	/** Writes the settlement over the one of {@code version}; 0 when someone else wrote in between. */
	int updateSettlement(@Param("s") Settlement settlement, @Param("version") int version);

	/** A finding as SQL finds it; {@code otherCounties} comma-separated, for REGISTERED_IN_ANOTHER_COUNTY. */
	record Row(String kind, long householdId, @Nullable Long memberId, @Nullable String memberName,
			@Nullable String otherCounties, @Nullable String basis) {
	}

	/** How many open findings of a kind under one child grid. */
	record Count(String grid, String kind, long count) {
	}

	/** A member whose birth date a check needs. */
	record MemberRow(long id, long householdId, String name, byte[] idNumberCipher, @Nullable String schoolingStage,
			String villageCode, String groupCode, int version) {
	}

	/** A finding the sweep saw: {@code recordId} is the member it is about, or else the household. */
	record Seen(String kind, long recordId, long householdId) {
	}

}
