package org.fangpin.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The inputs and payload of the measure mutations, as the schema declares them. */
final class AssistanceInputs {

	private AssistanceInputs() {
	}

	record PlanMeasureInput(String caseId, @Nullable String memberId, MeasureCategory category,
			@Nullable String content, @Nullable String responsibleDepartment, @Nullable String responsibleCadre,
			@Nullable BigDecimal funds, LocalDate plannedCompletion, @Nullable String clientKey) {
	}

	record UpdateMeasureInput(String id, int version, @Nullable MeasureStatus status, @Nullable LocalDate completedOn,
			@Nullable String content, @Nullable BigDecimal funds, @Nullable LocalDate plannedCompletion) {
	}

	record CancelMeasureInput(String id, int version, @Nullable String reason) {
	}

	record MeasurePayload(@Nullable Measure measure, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static MeasurePayload stale(Measure current, int version) {
			return new MeasurePayload(current, List.of(UserError.staleVersion(version)));
		}

		static MeasurePayload of(Measure measure) {
			return new MeasurePayload(measure, List.of());
		}

		static MeasurePayload rejected(UserError error) {
			return new MeasurePayload(null, List.of(error));
		}

		static MeasurePayload rejected(List<UserError> errors) {
			return new MeasurePayload(null, errors);
		}

	}

}
