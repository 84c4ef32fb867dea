package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** What the lead and case mutations return. */
final class MonitoringPayloads {

	private MonitoringPayloads() {
	}

	/** @param pending for a person not registered yet: the lead kept until linked to their household */
	record LeadPayload(@Nullable Lead lead, @Nullable PendingLead pending, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static LeadPayload stale(Lead current, int version) {
			return new LeadPayload(current, null, List.of(UserError.staleVersion(version)));
		}

		static LeadPayload of(Lead lead) {
			return new LeadPayload(lead, null, List.of());
		}

		static LeadPayload rejected(List<UserError> errors) {
			return new LeadPayload(null, null, errors);
		}

	}

	/** {@code case} is a Java keyword: the schema's field is mapped to {@code monitoredCase}. */
	record CasePayload(@Nullable MonitoredCase monitoredCase, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static CasePayload stale(MonitoredCase current, int version) {
			return new CasePayload(current, List.of(UserError.staleVersion(version)));
		}

		static CasePayload of(MonitoredCase monitoredCase) {
			return new CasePayload(monitoredCase, List.of());
		}

		static CasePayload rejected(UserError error) {
			return new CasePayload(null, List.of(error));
		}

		static CasePayload rejected(List<UserError> errors) {
			return new CasePayload(null, errors);
		}

	}

}
