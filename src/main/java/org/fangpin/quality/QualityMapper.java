package org.fangpin.quality;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The data-quality checks over the households under a grid ({@code lineage}: the grid and its ancestors,
 * whose equalities put a household under it), grouped or listed by child grid.
 */
@Mapper
interface QualityMapper {

	List<Row> findings(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn, @Param("kind") @Nullable String kind,
			@Param("lastYear") int lastYear, @Param("limit") int limit);

	List<Count> counts(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn, @Param("kind") @Nullable String kind,
			@Param("lastYear") int lastYear);

	List<MemberRow> pupils(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	List<MemberRow> namesakes(@Param("scope") Scope scope, @Param("lineage") List<GridCode> lineage,
			@Param("childColumn") String childColumn);

	/** A finding as SQL finds it. */
	record Row(String kind, long householdId, @Nullable Long memberId, @Nullable String memberName, String grid) {
	}

	/** How many findings of a kind under one child grid. */
	record Count(String grid, String kind, long count) {
	}

	/** A member whose birth date a check needs. */
	record MemberRow(long id, long householdId, String name, byte[] idNumberCipher, @Nullable String schoolingStage,
			String villageCode, String grid) {
	}

}
