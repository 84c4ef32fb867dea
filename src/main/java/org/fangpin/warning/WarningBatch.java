package org.fangpin.warning;

import java.time.Instant;

import org.fangpin.security.Department;

/**
 * A row of {@code warning_batch}: a batch as received.
 *
 * @param contentHash SHA-256 of the batch's items: a resend with the same id and other items is a conflict
 */
public record WarningBatch(long id, Department department, String batchId, byte[] contentHash, String countyCode,
		int itemCount, String receivedBy, Instant receivedAt) {
}
