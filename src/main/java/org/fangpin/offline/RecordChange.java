package org.fangpin.offline;

import java.time.Instant;

/**
 * 变更: one change of one record of a household, in the order of its id (the feed's cursor).
 *
 * @param householdId the household whose record it is, through which the feed is scoped
 */
public record RecordChange(long id, long householdId, RecordKind kind, long recordId, ChangeType change,
		Instant occurredAt) {
}
