package org.fangpin.assistance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A row of {@code measure}: one assistance measure of a case, optionally for one member. */
public record Measure(long id, long caseId, @Nullable Long memberId, MeasureCategory category, String content,
		String responsibleDepartment, String responsibleCadre, BigDecimal funds, LocalDate plannedCompletion,
		MeasureStatus status, @Nullable LocalDate completedOn, Instant createdAt, Instant updatedAt, int version) {
}
