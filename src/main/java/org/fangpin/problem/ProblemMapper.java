package org.fangpin.problem;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Problems, read and written within the caller's scope: a problem is in scope when its grid lies under one
 * of the caller's grids.
 */
@Mapper
interface ProblemMapper {

	List<Problem> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	List<Problem> findPage(@Param("scope") Scope scope, @Param("query") ProblemQuery query,
			@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("query") ProblemQuery query);

	void insert(@Param("p") Problem problem);

	/** Writes the problem if it is still at {@code version} in {@code from}: 0 rows means someone came first. */
	int update(@Param("scope") Scope scope, @Param("p") Problem problem, @Param("from") ProblemStatus from,
			@Param("version") int version);

	/** Whether the campaign covers the grid: one of its grids is the grid or lies above it. */
	@ReadsWithoutScope("whether a campaign covers a grid: no row leaves it")
	boolean campaignCovers(@Param("campaignId") long campaignId, @Param("grid") String grid);

	/** Problems of a campaign found and rectified between the two days, per grid of a level. */
	List<ProblemCount> countByGrid(@Param("scope") Scope scope, @Param("campaignId") long campaignId,
			@Param("codeLength") int codeLength, @Param("under") @Nullable String under, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

}
