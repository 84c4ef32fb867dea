package org.fangpin.warning;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.security.Department;
import org.fangpin.security.rows.ReadsWithoutScope;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/** Department webhooks, and the changes each is due. */
@Mapper
public interface WebhookMapper {

	/** Registers the address, or changes it (keeping how far the changes were delivered). */
	void upsert(@Param("w") DepartmentWebhook webhook);

	@ReadsWithoutScope("a department's own webhook: the department is the scope")
	@Nullable DepartmentWebhook find(@Param("department") Department department, @Param("countyCode") String countyCode);

	/** The webhooks of the scope's counties. */
	List<DepartmentWebhook> findInScope(@Param("scope") Scope scope);

	int setEnabled(@Param("scope") Scope scope, @Param("department") Department department,
			@Param("enabled") boolean enabled, @Param("now") Instant now);

	/** Enabled webhooks whose next attempt is due. */
	@ReadsWithoutScope("the webhook deliveries, the application's own work that no caller asks for")
	List<DepartmentWebhook> findDue(@Param("now") Instant now);

	/** The department's latest change in the county: a new webhook starts after it. */
	@ReadsWithoutScope("a department's own changes: the department is the scope")
	@Nullable Long latestChange(@Param("department") Department department, @Param("countyCode") String countyCode);

	/** The changes after {@code after} and up to {@code settledUpTo} (if given), oldest first. */
	@ReadsWithoutScope("a department's own changes: the department is the scope")
	List<WarningChange> findUndelivered(@Param("department") Department department,
			@Param("countyCode") String countyCode, @Param("after") long after,
			@Param("settledUpTo") @Nullable Long settledUpTo, @Param("limit") int limit);

	/** Acknowledged up to {@code upTo}, if nobody moved the cursor from {@code after} meanwhile. */
	int delivered(@Param("department") Department department, @Param("countyCode") String countyCode,
			@Param("after") long after, @Param("upTo") long upTo, @Param("now") Instant now);

	int failed(@Param("department") Department department, @Param("countyCode") String countyCode,
			@Param("after") long after, @Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error);

}
