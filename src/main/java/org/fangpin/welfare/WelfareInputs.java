package org.fangpin.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** The input and payload of civil affairs' decisions. */
final class WelfareInputs {

	private WelfareInputs() {
	}

	record WelfareDecisionInput(String reference, @Nullable String householdNumber, @Nullable String idNumber,
			WelfareProgramme programme, WelfareDecisionKind decision, LocalDate effectiveOn,
			@Nullable BigDecimal monthlyAmount) {
	}

	record WelfareDecisionPayload(@Nullable WelfareDecision decision, List<UserError> userErrors) {

		static WelfareDecisionPayload of(WelfareDecision decision) {
			return new WelfareDecisionPayload(decision, List.of());
		}

		static WelfareDecisionPayload rejected(UserError... errors) {
			return new WelfareDecisionPayload(null, List.of(errors));
		}

		static WelfareDecisionPayload rejected(List<UserError> errors) {
			return new WelfareDecisionPayload(null, errors);
		}

	}

}
