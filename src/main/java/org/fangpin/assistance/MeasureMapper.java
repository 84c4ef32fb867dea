package org.fangpin.assistance;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

/** Measures, read through the scope of their case's household. */
@Mapper
public interface MeasureMapper {

	List<Measure> findByCases(@Param("scope") Scope scope, @Param("caseIds") Collection<Long> caseIds);

	@Nullable Measure findById(@Param("scope") Scope scope, @Param("id") long id);

	void insert(@Param("m") Measure measure);

	int update(@Param("scope") Scope scope, @Param("m") Measure measure, @Param("version") int version);

}
