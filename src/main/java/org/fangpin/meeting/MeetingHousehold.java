package org.fangpin.meeting;

import org.jspecify.annotations.Nullable;

/** A row of {@code village_meeting_household}: a household discussed, the decision, the lead or case it produced. */
record MeetingHousehold(long meetingId, long householdId, @Nullable String decision, @Nullable Long leadId,
		@Nullable Long caseId) {
}
