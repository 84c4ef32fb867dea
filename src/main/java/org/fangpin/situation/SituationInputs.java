package org.fangpin.situation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The inputs of the situation mutations, as the schema declares them. */
final class SituationInputs {

	private SituationInputs() {
	}

	record IncomeRecordInput(String householdId, int year, @Nullable BigDecimal wageIncome,
			@Nullable BigDecimal operatingIncome, @Nullable BigDecimal propertyIncome,
			@Nullable BigDecimal transferIncome, @Nullable BigDecimal productiveExpenditure,
			@Nullable BigDecimal medicalExpenditure, @Nullable BigDecimal educationExpenditure,
			@Nullable BigDecimal otherRigidExpenditure, @Nullable String clientKey, @Nullable Instant actedAt) {
	}

	/** A correction of a year's record: all the amounts again, the version read, and why. */
	record CorrectIncomeInput(String householdId, int year, int version, @Nullable BigDecimal wageIncome,
			@Nullable BigDecimal operatingIncome, @Nullable BigDecimal propertyIncome,
			@Nullable BigDecimal transferIncome, @Nullable BigDecimal productiveExpenditure,
			@Nullable BigDecimal medicalExpenditure, @Nullable BigDecimal educationExpenditure,
			@Nullable BigDecimal otherRigidExpenditure, @Nullable String reason) {
	}

	record GuaranteeInput(GuaranteeItem item, GuaranteeState state, @Nullable String note) {
	}

	record VisitInput(String householdId, VisitMethod method, Instant visitedAt, boolean riskFound,
			@Nullable String riskNote, boolean policyAware, @Nullable List<GuaranteeInput> guarantees,
			@Nullable String note, @Nullable String clientKey, @Nullable Instant actedAt) {
	}

	record IncomeLineInput(int year, @Nullable String regionPrefix, @Nullable BigDecimal amount) {
	}

}
