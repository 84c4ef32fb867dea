package org.fangpin.monitoring;

import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

/** Leads, read through the scope of their household. */
@Mapper
public interface LeadMapper {

	List<Lead> findPage(@Param("scope") Scope scope, @Param("status") @Nullable LeadStatus status,
			@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long count(@Param("scope") Scope scope, @Param("status") @Nullable LeadStatus status);

	List<Lead> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	List<Lead> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	List<Lead> findByCases(@Param("scope") Scope scope, @Param("caseIds") Collection<Long> caseIds);

	void insert(Lead lead);

	long countOpenByRule(@Param("householdId") long householdId, @Param("cause") String cause);

	void lockHousehold(@Param("householdId") long householdId);

	/** Records the decision if the lead is still open at this version. */
	int decide(@Param("scope") Scope scope, @Param("l") Lead decided, @Param("version") int version);

}
