package org.fangpin.warning;

import java.time.Instant;

import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code department_webhook}: where a department's changes are pushed, and how far they were.
 *
 * @param secret the key of the HMAC that signs each delivery, shown to the department once
 * @param deliveredUpTo the last change the department's address acknowledged
 */
public record DepartmentWebhook(Department department, String countyCode, String url, String secret, boolean enabled,
		long deliveredUpTo, int failures, Instant nextAttemptAt, @Nullable String lastError,
		@Nullable Instant lastDeliveredAt, String registeredBy, Instant registeredAt) {
}
