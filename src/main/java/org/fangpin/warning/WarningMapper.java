package org.fangpin.warning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.monitoring.CaseType;
import org.fangpin.security.Department;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Batches, warnings and results. A department reads only its own department's warnings in its county; a
 * cadre the matched ones whose household is in scope, and a county officer also the unmatched ones of the
 * county.
 */
@Mapper
public interface WarningMapper {

	void insertBatch(@Param("b") WarningBatch batch);

	@ReadsWithoutScope("a department's own batch: the department is the scope")
	@Nullable WarningBatch findBatch(@Param("department") Department department, @Param("countyCode") String countyCode,
			@Param("batchId") String batchId);

	@ReadsWithoutScope("the results of a department's own batch, read after the batch")
	List<WarningResult> findResults(@Param("batchId") long batchId);

	/** The department's warnings of these reference ids in the county: to recognise a repeat. */
	@ReadsWithoutScope("a department's own warnings: the department is the scope")
	List<DepartmentWarning> findByReferences(@Param("department") Department department,
			@Param("countyCode") String countyCode, @Param("references") Collection<String> references);

	List<DepartmentWarning> findByIds(@Param("scope") Scope scope, @Param("ids") Collection<Long> ids);

	@Nullable DepartmentWarning findByReference(@Param("scope") Scope scope, @Param("referenceId") String referenceId);

	/** The department's changes after the cursor and up to {@code settledUpTo} (if given), oldest first. */
	List<WarningChange> findChanges(@Param("scope") Scope scope, @Param("after") @Nullable Long after,
			@Param("settledUpTo") @Nullable Long settledUpTo, @Param("limit") int limit);

	long countChanges(@Param("scope") Scope scope, @Param("after") @Nullable Long after,
			@Param("settledUpTo") @Nullable Long settledUpTo);

	/** @param overdueAt if given, only those whose verification was due before it */
	List<DepartmentWarning> findByStatus(@Param("scope") Scope scope, @Param("status") WarningStatus status,
			@Param("overdueAt") @Nullable Instant overdueAt, @Param("afterId") @Nullable Long afterId,
			@Param("limit") int limit);

	long countByStatus(@Param("scope") Scope scope, @Param("status") WarningStatus status,
			@Param("overdueAt") @Nullable Instant overdueAt);

	/** Records the verification if the warning is still at {@code version} and in scope. */
	int verify(@Param("scope") Scope scope, @Param("w") DepartmentWarning warning, @Param("version") int version);

	/** Writes a department's correction, if the warning is at {@code version} and not yet verified. */
	int correct(@Param("w") DepartmentWarning corrected, @Param("version") int version);

	/** Links an unmatched warning of a county in scope to its household, if still at {@code version}. */
	int link(@Param("scope") Scope scope, @Param("w") DepartmentWarning linked, @Param("version") int version);

	/** Withdraws or closes a warning not yet verified, if still at {@code version}. */
	int close(@Param("w") DepartmentWarning closed, @Param("version") int version);

	void insertChange(WarningChange change);

	/** The confirmed warnings whose lead went into the case, with the case's type. */
	@ReadsWithoutScope("a case step's own work: the departments are told what became of their warnings")
	List<CaseWarning> findWarningsOfCase(@Param("caseId") long caseId);

	void insertNote(WarningNote note);

	@ReadsWithoutScope("the notes of warnings already read in the caller's scope")
	List<WarningNote> findNotes(@Param("warningIds") Collection<Long> warningIds);

	/** @param from with {@code to}, only the warnings received in that period */
	List<DepartmentCounts> countByDepartment(@Param("scope") Scope scope, @Param("from") @Nullable Instant from,
			@Param("to") @Nullable Instant to);

	List<Verification> findVerifications(@Param("scope") Scope scope, @Param("from") @Nullable Instant from,
			@Param("to") @Nullable Instant to);

	/** The batches received in the scope's counties in the period. */
	List<Pushed> findPushes(@Param("scope") Scope scope, @Param("from") Instant from, @Param("to") Instant to);

	record CaseWarning(long id, Department department, String countyCode, String referenceId, CaseType caseType) {
	}

	record Pushed(String countyCode, Department department, Instant receivedAt, int itemCount) {
	}

	record DepartmentCounts(Department department, long received, long matched, long unmatched) {
	}

	record Verification(Department department, double days, boolean inTime, boolean confirmed) {
	}

}
