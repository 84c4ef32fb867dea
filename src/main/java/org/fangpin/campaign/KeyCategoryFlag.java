package org.fangpin.campaign;

import java.time.Instant;

/** A row of {@code key_category_flag}: a cadre puts a household in a key category the data cannot show. */
record KeyCategoryFlag(long campaignId, long householdId, KeyCategory category, String note, String flaggedBy,
		Instant flaggedAt) {
}
