package org.fangpin.warning;

import java.math.BigDecimal;
import java.time.LocalDate;

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
}
