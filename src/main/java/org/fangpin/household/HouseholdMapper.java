package org.fangpin.household;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Households, always read through the caller's {@link Scope}. */
@Mapper
public interface HouseholdMapper {

	List<Household> findPage(@Param("scope") Scope scope, @Param("query") HouseholdQuery query,
			@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("query") HouseholdQuery query);

	List<Household> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	/** The ids of these households that are in scope (a department's batch of warnings names a thousand). */
	List<Long> findIdsInScope(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	/** The numbers and ids of the households in scope with these numbers. */
	List<Numbered> findIdsByNumbers(@Param("scope") Scope scope, @Param("numbers") Collection<String> numbers);

	record Numbered(String householdNumber, long id) {
	}

	int countInGroup(@Param("groupCode") GridCode groupCode);

	/** The highest household number issued under a group, including those of households moved away since. */
	@ReadsWithoutScope("the highest household number of a group, to number a new one: no row leaves it")
	@Nullable String maxNumberInGroup(@Param("groupCode") GridCode groupCode);

	void insertHouseholds(@Param("households") List<Household> households);

	/** Writes the editable fields if {@code version} is still current; 0 rows means someone was first. */
	int update(@Param("scope") Scope scope, @Param("household") Household household, @Param("version") int version);

	int move(@Param("scope") Scope scope, @Param("id") long id, @Param("version") int version, @Param("group") GridCode group,
			@Param("updatedAt") Instant updatedAt);

}
