package org.fangpin.monitoring;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Cases and their events, read through the scope of the case's household. Events are only ever
 * inserted and read: this mapper has no statement that updates or deletes one.
 */
@Mapper
public interface CaseMapper {

	List<MonitoredCase> findPage(@Param("scope") Scope scope, @Param("query") CaseQuery query,
			@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("query") CaseQuery query);

	List<MonitoredCase> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	List<MonitoredCase> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	/** The household's active case, whatever the caller's scope (the household itself was checked). */
	@ReadsWithoutScope("the active case of a household already read in the caller's scope")
	@Nullable MonitoredCase findActive(@Param("householdId") long householdId);

	void insert(@Param("c") MonitoredCase monitoredCase);

	void lock(@Param("id") long id);

	/**
	 * Moves the case from {@code from} to {@code c.status} if nobody moved it first: 0 rows means the
	 * version or the status changed meanwhile.
	 */
	int transition(@Param("scope") Scope scope, @Param("c") MonitoredCase monitoredCase, @Param("from") CaseStatus from,
			@Param("version") int version);

	void insertEvent(@Param("e") CaseEvent event);

	@ReadsWithoutScope("the timelines of cases already read in the caller's scope")
	List<CaseEvent> findEvents(@Param("caseIds") Collection<Long> caseIds);

}
