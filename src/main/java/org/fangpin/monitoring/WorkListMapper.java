package org.fangpin.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * The leads and cases that wait on a level, under the grids of the reaches that see them: all of them where a
 * reach acts, the late ones where it is the level above.
 */
@Mapper
interface WorkListMapper {

	/** An open lead, with what its clock needs. */
	record WaitingLead(long id, long householdId, String groupCode, Instant reportedAt, @Nullable LocalDate receivedOn,
			Instant decideBy) {
	}

	/** A case being identified, with what its clock needs. */
	record WaitingCase(long id, long householdId, String groupCode, CaseStatus status, Instant discoveredAt,
			Instant deadline) {
	}

	/**
	 * Open leads; under a late-only reach, those whose decision was due before {@code now}.
	 */
	List<WaitingLead> findLeads(@Param("scope") Scope scope, @Param("reaches") List<WorkReach> reaches,
			@Param("now") Instant now, @Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long countLeads(@Param("scope") Scope scope, @Param("reaches") List<WorkReach> reaches, @Param("now") Instant now);

	/** Cases in the reaches' statuses; under a late-only reach, those past their deadline at {@code now}. */
	List<WaitingCase> findCases(@Param("scope") Scope scope, @Param("reaches") List<WorkReach> reaches,
			@Param("now") Instant now, @Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long countCases(@Param("scope") Scope scope, @Param("reaches") List<WorkReach> reaches, @Param("now") Instant now);

}
