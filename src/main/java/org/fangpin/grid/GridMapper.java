package org.fangpin.grid;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

@Mapper
public interface GridMapper {

	/** The grids of these codes, whatever the scope: for the caller's own grids and a household's grid. */
	@ReadsWithoutScope("grids are no personal data; which a caller is shown is decided by GridInScope")
	List<Grid> findByCodes(@Param("codes") Collection<GridCode> codes);

	List<Grid> findVisible(@Param("scope") Scope scope, @Param("codes") Collection<GridCode> codes);

	List<Grid> findVisibleChildren(@Param("scope") Scope scope, @Param("parents") Collection<GridCode> parents);

	/** Households in scope under each grid of one level, as (code, count) pairs. */
	List<GridCount> countHouseholds(@Param("scope") Scope scope, @Param("level") GridLevel level,
			@Param("codes") Collection<GridCode> codes);

	@ReadsWithoutScope("grids are no personal data: how many there are")
	long count();

	void insertAll(@Param("grids") List<Grid> grids);

	/** Locks a group grid so that concurrent registrations cannot together exceed its capacity. */
	@ReadsWithoutScope("a group locked while a household is numbered in it, after the caller's duty was checked")
	GridCode lockGroup(@Param("code") GridCode code);

	/** The top of the tree: for the Keycloak mirror, which reconciles a county at a time. */
	@ReadsWithoutScope("grids are no personal data; which a caller is shown is decided by GridInScope")
	List<Grid> findCounties();

	/** A county and everything below it, parents first: for the Keycloak mirror. */
	@ReadsWithoutScope("grids are no personal data; which a caller is shown is decided by GridInScope")
	List<Grid> findTree(@Param("county") GridCode county);

	/**
	 * All households registered under each grid of one level, as (code, count) pairs, for grids in the
	 * caller's tree: a figure for grid administration, whatever households the caller may read.
	 */
	List<GridCount> countRegistered(@Param("scope") Scope scope, @Param("level") GridLevel level,
			@Param("codes") Collection<GridCode> codes);

	/** The group grids under {@code code}, in the caller's tree, holding more than {@code capacity} households. */
	List<Grid> findGroupsOver(@Param("scope") Scope scope, @Param("code") GridCode code, @Param("capacity") int capacity);

	int countChildren(@Param("code") GridCode code);

	void insert(@Param("grid") Grid grid);

	int rename(@Param("code") GridCode code, @Param("name") String name);

	/** Locks a grid until the transaction ends: creating a child and retiring it take turns. */
	@ReadsWithoutScope("a grid locked while a write changes it, after the caller's duty was checked")
	@Nullable GridCode lock(@Param("code") GridCode code);

	/** Deletes a grid that has no households under it; 0 if it has. Children are checked under {@link #lock}. */
	int deleteEmpty(@Param("code") GridCode code);

	/** Moves households of one group grid to a sibling group grid; returns how many moved. */
	int moveHouseholds(@Param("from") GridCode from, @Param("to") GridCode to, @Param("ids") Collection<Long> ids,
			@Param("updatedAt") Instant updatedAt);

	record GridCount(GridCode code, int households) {
	}

}
