package org.fangpin.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code income_record}: a household's income and expenditure of one year. The totals are
 * derived here and nowhere else (seed 001: net income is income less productive expenditure; rigid
 * expenditure is medical, education and other unavoidable spending).
 *
 * @param recordedBy who recorded it, or corrected it last
 * @param version 0 as recorded, one more with each correction
 */
public record IncomeRecord(long id, long householdId, int year, BigDecimal wageIncome, BigDecimal operatingIncome,
		BigDecimal propertyIncome, BigDecimal transferIncome, BigDecimal productiveExpenditure,
		BigDecimal medicalExpenditure, BigDecimal educationExpenditure, BigDecimal otherRigidExpenditure,
		String recordedBy, Instant recordedAt, @Nullable Instant actedAt, int version) {

	/**
	 * The record with its transfer income corrected by {@code by} at {@code at} (a civil affairs decision), its
	 * other amounts as they were; a correction made on the server has no time on a device.
	 */
	IncomeRecord withTransferIncome(BigDecimal transfer, String by, Instant at) {
		return new IncomeRecord(this.id, this.householdId, this.year, this.wageIncome, this.operatingIncome,
				this.propertyIncome, transfer, this.productiveExpenditure, this.medicalExpenditure,
				this.educationExpenditure, this.otherRigidExpenditure, by, at, null, this.version + 1);
	}

	public BigDecimal totalIncome() {
		return this.wageIncome.add(this.operatingIncome).add(this.propertyIncome).add(this.transferIncome);
	}

	public BigDecimal netIncome() {
		return totalIncome().subtract(this.productiveExpenditure);
	}

	public BigDecimal rigidExpenditure() {
		return this.medicalExpenditure.add(this.educationExpenditure).add(this.otherRigidExpenditure);
	}

	/** Net income per member, to the fen; null for a household without members. */
	public @Nullable BigDecimal perCapitaNetIncome(int population) {
		return (population > 0) ? netIncome().divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP) : null;
	}

}
