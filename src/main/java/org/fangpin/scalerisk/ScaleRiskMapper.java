package org.fangpin.scalerisk;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** The leads and cases of households in scope since a time, by the grid of a level. */
@Mapper
interface ScaleRiskMapper {

	List<Signal> findLeads(@Param("scope") Scope scope, @Param("gridColumn") String gridColumn,
			@Param("under") @Nullable String under, @Param("underColumn") @Nullable String underColumn,
			@Param("since") Instant since, @Param("until") Instant until);

	List<Signal> findCases(@Param("scope") Scope scope, @Param("gridColumn") String gridColumn,
			@Param("under") @Nullable String under, @Param("underColumn") @Nullable String underColumn,
			@Param("since") Instant since, @Param("until") Instant until);

	/** A lead reported or a case opened, under a grid, with its risk types. */
	record Signal(String gridCode, String riskTypes, Instant at) {
	}

}
