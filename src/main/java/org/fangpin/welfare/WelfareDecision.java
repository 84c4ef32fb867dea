package org.fangpin.welfare;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code welfare_decision}: one decision of civil affairs on a household, under its reference.
 *
 * @param monthlyAmount yuan per month, for a grant
 */
public record WelfareDecision(long id, String countyCode, String reference, long householdId, WelfareProgramme programme,
		WelfareDecisionKind decision, LocalDate effectiveOn, @Nullable BigDecimal monthlyAmount, String recordedBy,
		Instant recordedAt) {

	/** Whether a resend says what this decision says. */
	boolean sameAs(WelfareDecision other) {
		return this.householdId == other.householdId && this.programme == other.programme
				&& this.decision == other.decision && this.effectiveOn.equals(other.effectiveOn)
				&& ((this.monthlyAmount == null) ? other.monthlyAmount == null
						: other.monthlyAmount != null && this.monthlyAmount.compareTo(other.monthlyAmount) == 0);
	}

	/** The first month it applies to: a programme is paid by the month. */
	YearMonth fromMonth() {
		return YearMonth.from(this.effectiveOn);
	}

}
