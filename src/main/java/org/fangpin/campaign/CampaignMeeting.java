package org.fangpin.campaign;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of {@code campaign_meeting}: a township's or village's deployment meeting or training in a campaign. */
public record CampaignMeeting(long id, long campaignId, String gridCode, CampaignMeetingKind kind, LocalDate heldOn,
		int attendance, @Nullable String note, String recordedBy, Instant recordedAt) {
}
