package org.fangpin.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code village_meeting}.
 *
 * @param attendeeNames the names of those attending, one a line, as recorded (null if none were given)
 * @param clientKey the key the client made for this meeting, so that a retry records it once (null if none)
 */
record VillageMeeting(long id, String villageCode, VillageMeetingKind kind, LocalDate heldOn, int attendance,
		@Nullable String attendeeNames, @Nullable String note, String recordedBy, Instant recordedAt,
		@Nullable String clientKey) {

	/** Names are single-line: a name never holds the separator. */
	static final String SEPARATOR = "\n";

	List<String> attendees() {
		return (this.attendeeNames == null) ? List.of() : List.of(this.attendeeNames.split(SEPARATOR));
	}

	/** The same meeting as sent again: everything the client sent is equal (the id and time are the server's). */
	boolean sameAs(VillageMeeting sent) {
		return this.villageCode.equals(sent.villageCode) && this.kind == sent.kind && this.heldOn.equals(sent.heldOn)
				&& this.attendance == sent.attendance && Objects.equals(this.attendeeNames, sent.attendeeNames)
				&& Objects.equals(this.note, sent.note);
	}

}
