package org.fangpin.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.UserError;
import org.fangpin.monitoring.CaseType;
import org.fangpin.monitoring.RiskType;
import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/** The inputs and payloads of the warning mutations, as the schema declares them. */
final class WarningInputs {

	private WarningInputs() {
	}

	record PushWarningsInput(String batchId, List<WarningInput> warnings) {
	}

	record WarningInput(String referenceId, @Nullable String idNumber, @Nullable String householdNumber,
			List<RiskType> riskTypes, LocalDate observedOn, @Nullable WarningFacts facts) {
	}

	record CorrectWarningInput(WarningInput warning) {
	}

	record WithdrawWarningInput(String referenceId, @Nullable String reason) {
	}

	record LinkWarningInput(String warningId, int version, String householdId) {
	}

	record CloseWarningInput(String warningId, int version, @Nullable String reason) {
	}

	record RegisterWebhookInput(@Nullable String url) {
	}

	record WebhookEnabledInput(Department department, boolean enabled) {
	}

	/** @param secret the signing secret, shown once when registered */
	record WebhookPayload(@Nullable DepartmentWebhook webhook, @Nullable String secret, List<UserError> userErrors) {

		static WebhookPayload rejected(List<UserError> errors) {
			return new WebhookPayload(null, null, errors);
		}

	}

	record PeriodInput(int year, @Nullable Integer quarter, @Nullable Integer month) {
	}

	record NoteWarningInput(String warningId, @Nullable String note, @Nullable String clientKey) {
	}

	record VerifyWarningInput(String warningId, int version, boolean confirmed, @Nullable CaseType caseType,
			@Nullable String note, @Nullable String helpNote) {
	}

	/** The batch as stored, with its per-item results; null when nothing was received. */
	record PushWarningsPayload(@Nullable ReceivedBatch batch, List<UserError> userErrors) {

		static PushWarningsPayload rejected(UserError error) {
			return new PushWarningsPayload(null, List.of(error));
		}

	}

	/** A batch with its per-item results, as the schema's {@code WarningBatch} reads it. */
	record ReceivedBatch(WarningBatch batch, List<WarningResult> results) {

		public String batchId() {
			return this.batch.batchId();
		}

		public Department department() {
			return this.batch.department();
		}

		public Instant receivedAt() {
			return this.batch.receivedAt();
		}

		public int itemCount() {
			return this.batch.itemCount();
		}

		public long accepted() {
			return count(WarningOutcome.ACCEPTED);
		}

		public long unmatched() {
			return count(WarningOutcome.UNMATCHED);
		}

		public long rejected() {
			return count(WarningOutcome.REJECTED);
		}

		public long duplicate() {
			return count(WarningOutcome.DUPLICATE);
		}

		private long count(WarningOutcome outcome) {
			return this.results.stream().filter((result) -> result.outcome() == outcome).count();
		}

	}

	record WarningPayload(@Nullable DepartmentWarning warning, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static WarningPayload stale(DepartmentWarning current, int version) {
			return new WarningPayload(current, List.of(UserError.staleVersion(version)));
		}

		static WarningPayload rejected(List<UserError> errors) {
			return new WarningPayload(null, errors);
		}

	}

}
