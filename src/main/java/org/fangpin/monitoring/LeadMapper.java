package org.fangpin.monitoring;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Leads, read through the scope of their household. */
@Mapper
public interface LeadMapper {

	/** @param villageDecides only the leads the village decides: not a department warning's, which the township's verification decides */
	List<Lead> findPage(@Param("scope") Scope scope, @Param("status") @Nullable LeadStatus status,
			@Param("villageDecides") boolean villageDecides, @Param("afterId") @Nullable Long afterId,
			@Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("status") @Nullable LeadStatus status,
			@Param("villageDecides") boolean villageDecides);

	List<Lead> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	List<Lead> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	List<Lead> findByCases(@Param("scope") Scope scope, @Param("caseIds") Collection<Long> caseIds);

	void insert(Lead lead);

	@ReadsWithoutScope("whether a screening rule's lead is open for a household already read in scope: no row leaves it")
	long countOpenByRule(@Param("householdId") long householdId, @Param("cause") String cause);

	void lockHousehold(@Param("householdId") long householdId);

	/** Records the decision if the lead is still open at this version. */
	int decide(@Param("scope") Scope scope, @Param("l") Lead decided, @Param("version") int version);

	/** The leads of a channel's reference in the county: one per household (a ticket recorded twice is one lead). */
	@ReadsWithoutScope("whether a channel's ticket was recorded already (one lead per ticket), for the caller's own write")
	List<Lead> findByChannel(@Param("source") LeadSource source, @Param("reference") String reference,
			@Param("countyCode") String countyCode);

	void insertPending(PendingLead pending);

	@ReadsWithoutScope("whether a channel's ticket is pending already (one lead per ticket), for the caller's own write")
	@Nullable PendingLead findPendingByChannel(@Param("countyCode") String countyCode,
			@Param("source") LeadSource source, @Param("reference") String reference);

	@Nullable PendingLead findPendingById(@Param("scope") Scope scope, @Param("id") long id);

	/** Waiting pending leads of the scope's townships and counties. */
	List<PendingLead> findPending(@Param("scope") Scope scope, @Param("afterId") @Nullable Long afterId,
			@Param("limit") int limit);

	long countPending(@Param("scope") Scope scope);

	int linkPending(@Param("p") PendingLead linked, @Param("version") int version);

	/** A department warning's lead, found through the warning (whose department owns it), not a scope. */
	@ReadsWithoutScope("the lead of a warning already read in the caller's scope")
	@Nullable Lead findForWarning(@Param("id") long id);

	/** Dismisses a department warning's lead the department corrected or withdrew, if still open at this version. */
	int withdraw(@Param("l") Lead withdrawn, @Param("version") int version);

}
