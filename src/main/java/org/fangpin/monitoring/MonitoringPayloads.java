package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** What the lead and case mutations return. */
final class MonitoringPayloads {

	private MonitoringPayloads() {
	}

	record LeadPayload(@Nullable Lead lead, List<UserError> userErrors) {

		static LeadPayload of(Lead lead) {
			return new LeadPayload(lead, List.of());
		}

		static LeadPayload rejected(List<UserError> errors) {
			return new LeadPayload(null, errors);
		}

	}

	/** {@code case} is a Java keyword: the schema's field is mapped to {@code monitoredCase}. */
	record CasePayload(@Nullable MonitoredCase monitoredCase, List<UserError> userErrors) {

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
