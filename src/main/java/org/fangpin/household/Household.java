package org.fangpin.household;

import java.time.Instant;

import org.fangpin.security.rows.HouseholdRow;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code household}: where it is (all four grid codes), what it is, and its version.
 *
 * @param relocated 易地搬迁户: moved by the relocation programme (seed 001 watches them as a group)
 */
public record Household(long id, String householdNumber, String countyCode, String townshipCode,
		String villageCode, String groupCode, String address, HouseholdCategory category,
		@Nullable Integer alleviationYear, @Nullable String phone, boolean lowIncomeSupport,
		boolean extremePovertySupport, boolean relocated, Instant createdAt, Instant updatedAt, int version) implements HouseholdRow {

	/** The household as a cadre edited it at {@code at}: where it lives and what it is, never where it belongs. */
	Household edited(String newAddress, HouseholdCategory newCategory, @Nullable Integer newAlleviationYear,
			@Nullable String newPhone, boolean lowIncome, boolean extremePoverty, boolean isRelocated, Instant at) {
		return new Household(this.id, this.householdNumber, this.countyCode, this.townshipCode, this.villageCode,
				this.groupCode, newAddress, newCategory, newAlleviationYear, newPhone, lowIncome, extremePoverty,
				isRelocated, this.createdAt, at, this.version + 1);
	}

}
