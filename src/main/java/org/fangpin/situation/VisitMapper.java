package org.fangpin.situation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Visits and the guarantees they assessed, through the scope of their household. */
@Mapper
public interface VisitMapper {

	/** The visits of these households, latest first. */
	List<Visit> findByHouseholds(@Param("scope") Scope scope, @Param("householdIds") Collection<Long> householdIds);

	/** A visit whose household is in the caller's scope. */
	@Nullable Visit findById(@Param("scope") Scope scope, @Param("id") long id);

	@ReadsWithoutScope("the guarantees of visits already read in the caller's scope")
	List<Guarantee> findGuarantees(@Param("visitIds") Collection<Long> visitIds);

	/** Households in scope (under {@code grid}, if given) without a visit since {@code since}, by id. */
	List<Long> findUnvisited(@Param("scope") Scope scope, @Param("gridColumn") String gridColumn,
			@Param("gridCode") String gridCode, @Param("since") Instant since, @Param("limit") int limit);

	/** A case whose contact cadre is the caller, with its household's latest visit (null: never visited). */
	record ContactVisit(long id, long householdId, String groupCode, Instant identifiedAt, @Nullable Instant lastVisitedAt) {
	}

	/** The identified active cases in scope whose contact cadre is the account {@code subject}, by id. */
	List<ContactVisit> findContactVisits(@Param("scope") Scope scope, @Param("subject") String subject,
			@Param("afterId") @Nullable Long afterId, @Param("limit") int limit);

	long countContactVisits(@Param("scope") Scope scope, @Param("subject") String subject);

	void insert(@Param("v") Visit visit);

	void insertGuarantees(@Param("guarantees") List<Guarantee> guarantees);

}
