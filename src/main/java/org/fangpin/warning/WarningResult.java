package org.fangpin.warning;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code warning_result}: what the push answered for the item at {@code position} of a batch.
 *
 * @param warningId the warning kept (ACCEPTED, UNMATCHED), or the first one of the same reference (DUPLICATE)
 * @param errors for a REJECTED item, why, as JSON user errors
 * @param contentDiffers for a DUPLICATE, whether the item says something else than the warning kept under its
 * reference id: nothing of it was taken (a correction is {@code correctWarning})
 */
public record WarningResult(long batchId, int position, String referenceId, WarningOutcome outcome,
		@Nullable Long warningId, @Nullable String errors, boolean contentDiffers) {
}
