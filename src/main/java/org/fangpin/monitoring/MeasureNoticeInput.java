package org.fangpin.monitoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * 帮扶措施评议公示 (seed 001): the village's appraisal of a household's measures, and their notice, as the schema
 * declares it; the assistance feature, which holds the measures, takes the mutation.
 */
public record MeasureNoticeInput(String caseId, int version, LocalDate heldOn, int participants, LocalDate startOn,
		LocalDate endOn, int objections, @Nullable String note) {
}
