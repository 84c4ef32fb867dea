package org.fangpin.statistics;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Scope;

/**
 * Counts grouped by child grid. {@code lineage} is the grid and its ancestors, whose equalities put a
 * household under the grid.
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
