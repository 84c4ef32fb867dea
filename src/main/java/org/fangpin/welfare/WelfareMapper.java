package org.fangpin.welfare;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Civil affairs' decisions, through the scope of their household. */
@Mapper
interface WelfareMapper {

	/** The decisions on these households, oldest first (by date, then as recorded). */
	List<WelfareDecision> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	@Nullable WelfareDecision findByReference(@Param("scope") Scope scope, @Param("countyCode") String countyCode,
			@Param("reference") String reference);

	void insert(@Param("d") WelfareDecision decision);

}
