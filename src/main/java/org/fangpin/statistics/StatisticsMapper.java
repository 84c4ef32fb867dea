package org.fangpin.statistics;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's snapshot, and the counts it is made of: counts grouped by child grid, where {@code lineage} is
 * the grid and its ancestors, whose equalities put a household under the grid.
 */
@Mapper
interface StatisticsMapper {

	List<Tally> households(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	List<Tally> people(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	List<CaseTally> cases(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn, @Param("now") Instant now,
			@Param("identifying") Collection<String> identifying, @Param("yearStart") Instant yearStart);

	List<MeasureTally> measures(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	List<Tally> visited(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn, @Param("monthStart") Instant monthStart);

	List<Tally> belowIncomeLine(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	/** The codes of the townships in the grid table: what the snapshot counts, one township at a time. */
	@ReadsWithoutScope("the dashboard's snapshot, counted by the application ahead of any request")
	List<String> townships();

	/**
	 * The snapshot's figures of {@code grid} and of its children, in one statement so that they and the time
	 * they were counted come from the same snapshot; the first row carries the time even when there are none.
	 */
	List<SnapshotRow> snapshot(@Param("scope") Scope scope, @Param("grid") String grid);

	/** When the snapshot was counted, null if never. */
	@ReadsWithoutScope("the dashboard's snapshot, counted by the application ahead of any request")
	@Nullable Instant snapshotTime();

	/** The same, locking the snapshot's row: refreshes replace the figures one after the other. */
	@ReadsWithoutScope("the dashboard's snapshot, counted by the application ahead of any request")
	@Nullable Instant lockSnapshot();

	int deleteSnapshot();

	int insertSnapshot(@Param("rows") List<SnapshotFigure> rows);

	int markSnapshot(@Param("asOf") Instant asOf);

	/**
	 * Claims the next count: none since {@code countedBefore} and no other instance's claim since
	 * {@code staleBefore}. Returns 1 when this instance is to count.
	 */
	int claimCount(@Param("now") Instant now, @Param("countedBefore") Instant countedBefore,
			@Param("staleBefore") Instant staleBefore);

	int releaseCount();

	/** A row of the snapshot as read: its grid and figure are null when the grid has none. */
	record SnapshotRow(@Nullable Instant asOf, @Nullable String code, @Nullable String figure, @Nullable String figureKey,
			long figureValue) {
	}

	/** A row of the snapshot as written: one count of one grid. */
	record SnapshotFigure(String code, @Nullable String parentCode, String figure, String figureKey, long figureValue) {
	}

	/** A count of one kind for one child grid. */
	record Tally(String grid, String kind, long count) {
	}

	/** The cases of one child grid in one status, of one type and one set of risks. */
	record CaseTally(String grid, String status, String type, String riskTypes, long count, long overdue,
			long identifiedThisYear, long eliminatedThisYear) {
	}

	/** The measures of one child grid of one category in one status. */
	record MeasureTally(String grid, String category, String status, long count) {
	}

}
