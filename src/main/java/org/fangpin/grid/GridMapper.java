package org.fangpin.grid;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface GridMapper {

	List<Grid> findByCodes(@Param("codes") Collection<GridCode> codes);

	long count();

	void insertAll(@Param("grids") List<Grid> grids);

}
