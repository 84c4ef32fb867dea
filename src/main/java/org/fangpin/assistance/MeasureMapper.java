package org.fangpin.assistance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.monitoring.WorkReach;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Measures, read through the scope of their case's household. */
@Mapper
public interface MeasureMapper {

	List<Measure> findByCases(@Param("scope") Scope scope, @Param("caseIds") Collection<Long> caseIds);

	@Nullable Measure findById(@Param("scope") Scope scope, @Param("id") long id);

	/** An open measure due soon or overdue, with what its clock needs. */
	record DueMeasure(long id, long caseId, long householdId, String groupCode, MeasureCategory category,
			LocalDate plannedCompletion, Instant createdAt) {
	}

	/** Open measures of active cases due by {@code dueBy}; under a late-only reach, due before {@code today}. */
	List<DueMeasure> findDue(@Param("scope") Scope scope, @Param("reaches") List<WorkReach> reaches,
			@Param("dueBy") LocalDate dueBy, @Param("today") LocalDate today, @Param("afterId") @Nullable Long afterId,
			@Param("limit") int limit);

	long countDue(@Param("scope") Scope scope, @Param("reaches") List<WorkReach> reaches,
			@Param("dueBy") LocalDate dueBy, @Param("today") LocalDate today);

	void insert(@Param("m") Measure measure);

	int update(@Param("scope") Scope scope, @Param("m") Measure measure, @Param("version") int version);

}
