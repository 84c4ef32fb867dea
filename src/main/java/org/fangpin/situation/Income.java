package org.fangpin.situation;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An income record as the schema shows it: the record, with the household's population for the per-capita
 * figure and the income line of its year and region to compare against.
 */
public record Income(IncomeRecord record, int population, @Nullable IncomeLine incomeLine) {

	public int year() {
		return this.record.year();
	}

	public int version() {
		return this.record.version();
	}

	public BigDecimal wageIncome() {
		return this.record.wageIncome();
	}

	public BigDecimal operatingIncome() {
		return this.record.operatingIncome();
	}

	public BigDecimal propertyIncome() {
		return this.record.propertyIncome();
	}

	public BigDecimal transferIncome() {
		return this.record.transferIncome();
	}

	public BigDecimal productiveExpenditure() {
		return this.record.productiveExpenditure();
	}

	public BigDecimal medicalExpenditure() {
		return this.record.medicalExpenditure();
	}

	public BigDecimal educationExpenditure() {
		return this.record.educationExpenditure();
	}

	public BigDecimal otherRigidExpenditure() {
		return this.record.otherRigidExpenditure();
	}

	public BigDecimal totalIncome() {
		return this.record.totalIncome();
	}

	public BigDecimal netIncome() {
		return this.record.netIncome();
	}

	public BigDecimal rigidExpenditure() {
		return this.record.rigidExpenditure();
	}

	public @Nullable BigDecimal perCapitaNetIncome() {
		return this.record.perCapitaNetIncome(this.population);
	}

	/**
	 * Whether net income per member is under the line, compared exactly (net against line × members, so
	 * that rounding to the fen never lifts a household over the line). Null when no line is set for the
	 * year and region, or the household has no members.
	 */
	public @Nullable Boolean belowIncomeLine() {
		if (this.incomeLine == null || this.population == 0) {
			return null;
		}
		return netIncome().compareTo(this.incomeLine.amount().multiply(BigDecimal.valueOf(this.population))) < 0;
	}

	public String recordedBy() {
		return this.record.recordedBy();
	}

	public Instant recordedAt() {
		return this.record.recordedAt();
	}

	public @Nullable Instant actedAt() {
		return this.record.actedAt();
	}

}
