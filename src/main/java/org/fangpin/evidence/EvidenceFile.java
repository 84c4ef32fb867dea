package org.fangpin.evidence;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * 佐证文件: one stored file, pending (seen by its uploader alone) until attached to what it proves.
 *
 * @param sha256 of exactly the stored bytes: a file replaced in the store no longer matches the audit trail
 * @param groupCode the group grid of the household it concerns, once attached
 */
public record EvidenceFile(long id, EvidenceKind kind, State state, String fileName, String contentType, long sizeBytes,
		String sha256, @Nullable Integer width, @Nullable Integer height, String blobKey, @Nullable String thumbnailKey,
		String uploadedBy, String uploaderName, Instant uploadedAt, @Nullable String targetType, @Nullable Long targetId,
		@Nullable Long householdId, @Nullable String groupCode, @Nullable String attachedBy, @Nullable Instant attachedAt) {

	public enum State {

		PENDING, ATTACHED

	}

}
