package org.fangpin.evidence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

@Mapper
interface EvidenceMapper {

	void insert(@Param("f") EvidenceFile file);

	/** A file, locked by its key until the transaction ends (so that a pending one is attached once). */
	@ReadsWithoutScope("a file locked to be attached: EvidenceFiles checks its uploader and its record's household first")
	@Nullable EvidenceFile lock(@Param("id") long id);

	/** Attaches a pending file: 0 rows if it is no longer pending (attached, or removed as an orphan). */
	int attach(@Param("id") long id, @Param("targetType") String targetType,
			@Param("targetId") long targetId, @Param("householdId") long householdId,
			@Param("attachedBy") String attachedBy, @Param("attachedAt") Instant attachedAt);

	/** The attached files of these records, where their household is in the caller's scope. */
	List<EvidenceFile> findByTargets(@Param("scope") Scope scope, @Param("targetType") String targetType,
			@Param("targetIds") Collection<Long> targetIds);

	/** A file: attached with its household in scope, or pending and this caller's own upload. */
	@Nullable EvidenceFile find(@Param("scope") Scope scope, @Param("id") long id, @Param("subject") String subject);

	/** Pending files uploaded before {@code cutoff}, oldest first. */
	@ReadsWithoutScope("the orphan sweep, the application's own work that no caller asks for")
	List<EvidenceFile> findPendingBefore(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

	/** Removes a file if it is still pending: 0 rows if it was attached meanwhile (or removed by another instance). */
	int deletePending(@Param("id") long id);

}
