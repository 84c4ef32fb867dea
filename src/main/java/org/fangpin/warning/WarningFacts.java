package org.fangpin.warning;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.fangpin.household.Household;
import org.fangpin.security.rows.DataSubject;
import org.jspecify.annotations.Nullable;

/**
 * 预警事实: what the department observed, in its domain's terms; any may be absent.
 *
 * @param outOfPocketMedicalCost 自付医疗费用 (yuan), health and medical insurance
 * @param disabilityGrade 残疾等级 1–4, disabled persons' federation
 * @param subsistenceStoppedOn 低保停发日期, civil affairs
 * @param schoolDropout 辍学, education
 * @param disasterLoss 灾害损失 (yuan), emergency management
 * @param note 说明
 */
public record WarningFacts(@Nullable BigDecimal outOfPocketMedicalCost, @Nullable Integer disabilityGrade,
		@Nullable LocalDate subsistenceStoppedOn, @Nullable Boolean schoolDropout, @Nullable BigDecimal disasterLoss,
		@Nullable String note) {

	/**
	 * The facts as the schema shows them, of the warning's person: health facts and the note (a department writes
	 * illnesses into it) are released as {@code @personal(kind: HEALTH)} by the duties covering that person's
	 * household.
	 */
	record Shown(DepartmentWarning warning, WarningFacts facts, @Nullable Household household) implements DataSubject {

		@Override
		public @Nullable Long dataSubjectHousehold() {
			return this.warning.dataSubjectHousehold();
		}

		/** Where the household lives now; a person not registered is the county's. */
		@Override
		public String dataSubjectGrid() {
			return (this.household != null) ? this.household.groupCode() : this.warning.countyCode();
		}

		public @Nullable BigDecimal outOfPocketMedicalCost() {
			return this.facts.outOfPocketMedicalCost();
		}

		public @Nullable Integer disabilityGrade() {
			return this.facts.disabilityGrade();
		}

		public @Nullable LocalDate subsistenceStoppedOn() {
			return this.facts.subsistenceStoppedOn();
		}

		public @Nullable Boolean schoolDropout() {
			return this.facts.schoolDropout();
		}

		public @Nullable BigDecimal disasterLoss() {
			return this.facts.disasterLoss();
		}

		public @Nullable String note() {
			return this.facts.note();
		}

	}

}
