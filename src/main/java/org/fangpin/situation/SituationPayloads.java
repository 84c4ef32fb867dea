package org.fangpin.situation;

import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** What the situation mutations return. */
final class SituationPayloads {

	private SituationPayloads() {
	}

	record IncomeRecordPayload(@Nullable Income incomeRecord, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static IncomeRecordPayload stale(Income current, int version) {
			return new IncomeRecordPayload(current, List.of(UserError.staleVersion(version)));
		}

		static IncomeRecordPayload of(Income income) {
			return new IncomeRecordPayload(income, List.of());
		}

		static IncomeRecordPayload rejected(List<UserError> errors) {
			return new IncomeRecordPayload(null, errors);
		}

	}

	record VisitPayload(@Nullable Visit visit, List<UserError> userErrors) {

		static VisitPayload of(Visit visit) {
			return new VisitPayload(visit, List.of());
		}

		static VisitPayload rejected(List<UserError> errors) {
			return new VisitPayload(null, errors);
		}

	}

	record IncomeLinePayload(@Nullable IncomeLine incomeLine, List<UserError> userErrors) {

		static IncomeLinePayload of(IncomeLine line) {
			return new IncomeLinePayload(line, List.of());
		}

		static IncomeLinePayload rejected(List<UserError> errors) {
			return new IncomeLinePayload(null, errors);
		}

	}

}
