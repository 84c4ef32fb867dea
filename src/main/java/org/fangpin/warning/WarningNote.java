package org.fangpin.warning;

import java.time.Instant;

/** A row of {@code warning_note}: what a village added to a warning the township verifies; never changed. */
public record WarningNote(long id, long warningId, String note, String writtenBy, Instant writtenAt) {
}
