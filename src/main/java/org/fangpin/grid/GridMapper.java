package org.fangpin.grid;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Scope;

@Mapper
public interface GridMapper {

	/** The grids of these codes, whatever the scope: for the caller's own grids and a household's grid. */
	List<Grid> findByCodes(@Param("codes") Collection<GridCode> codes);

	List<Grid> findVisible(@Param("scope") Scope scope, @Param("codes") Collection<GridCode> codes);

	List<Grid> findVisibleChildren(@Param("scope") Scope scope, @Param("parents") Collection<GridCode> parents);

	/** Households in scope under each grid of one level, as (code, count) pairs. */
	List<GridCount> countHouseholds(@Param("scope") Scope scope, @Param("level") GridLevel level,
			@Param("codes") Collection<GridCode> codes);

	long count();

	void insertAll(@Param("grids") List<Grid> grids);

	/** Locks a group grid so that concurrent registrations cannot together exceed its capacity. */
	GridCode lockGroup(@Param("code") GridCode code);

	record GridCount(GridCode code, int households) {
	}

}
