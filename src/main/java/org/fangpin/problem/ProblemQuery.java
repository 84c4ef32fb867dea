package org.fangpin.problem;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A problem filter as the SQL reads it; {@code overdueOn} is today when only overdue problems are wanted. */
record ProblemQuery(@Nullable ProblemStatus status, @Nullable ProblemCategory category, @Nullable String grid,
		@Nullable LocalDate overdueOn, @Nullable Long campaignId) {
}
