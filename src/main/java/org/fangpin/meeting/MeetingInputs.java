package org.fangpin.meeting;

import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The input and payload of recordVillageMeeting, as the schema declares them. */
final class MeetingInputs {

	private MeetingInputs() {
	}

	record VillageMeetingInput(String villageCode, VillageMeetingKind kind, LocalDate heldOn, int attendance,
			@Nullable List<String> attendees, @Nullable String note, List<MeetingHouseholdInput> households,
			@Nullable String clientKey) {
	}

	record MeetingHouseholdInput(String householdId, @Nullable String decision, @Nullable String leadId,
			@Nullable String caseId) {
	}

	record VillageMeetingPayload(@Nullable VillageMeeting meeting, List<UserError> userErrors) {

		static VillageMeetingPayload of(VillageMeeting meeting) {
			return new VillageMeetingPayload(meeting, List.of());
		}

		static VillageMeetingPayload rejected(List<UserError> errors) {
			return new VillageMeetingPayload(null, errors);
		}

	}

}
