package org.fangpin.situation;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Income records (through the scope of their household) and income lines (public within the API). */
@Mapper
public interface IncomeMapper {

	/** The records of these households, oldest year first. */
	List<IncomeRecord> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	void insert(@Param("r") IncomeRecord record);

	/** Corrects the amounts of a record if it is still at {@code version}: 1 when corrected, 0 otherwise. */
	int correct(@Param("scope") Scope scope, @Param("r") IncomeRecord record, @Param("version") int version);

	/** The line that applies to a county in a year: the longest matching region prefix. */
	@ReadsWithoutScope("income lines are public policy")
	@Nullable IncomeLine findLine(@Param("year") int year, @Param("countyCode") String countyCode);

	@ReadsWithoutScope("income lines are public policy")
	List<IncomeLine> findLines(@Param("year") @Nullable Integer year);

	@ReadsWithoutScope("income lines are public policy")
	@Nullable IncomeLine findLineExactly(@Param("year") int year, @Param("regionPrefix") String regionPrefix);

	void insertLine(@Param("l") IncomeLine line);

	int updateLine(@Param("l") IncomeLine line);

}
