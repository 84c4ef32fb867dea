package org.fangpin.problem;

import java.time.LocalDate;
import java.util.List;

import org.fangpin.graphql.UserError;
import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/** The inputs and payload of the problem list, as the schema declares them. */
public final class ProblemInputs {

	private ProblemInputs() {
	}

	record ProblemFilter(@Nullable ProblemStatus status, @Nullable ProblemCategory category,
			@Nullable String gridCode, @Nullable Boolean overdue, @Nullable String campaignId) {
	}

	record RaiseProblemInput(@Nullable String campaignId, ProblemCategory category, @Nullable String description,
			@Nullable String gridCode, @Nullable String householdId, @Nullable String caseId,
			@Nullable String responsiblePerson, @Nullable String measure, LocalDate deadline,
			@Nullable Department department, @Nullable String clientKey) {
	}

	record RectifyProblemInput(String problemId, int version, @Nullable String rectification, LocalDate rectifiedOn) {
	}

	record VerifyProblemInput(String problemId, int version, boolean passed, @Nullable String note,
			LocalDate verifiedOn) {
	}

	public record ProblemPayload(@Nullable Problem problem, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static ProblemPayload stale(Problem current, int version) {
			return new ProblemPayload(current, List.of(UserError.staleVersion(version)));
		}

		static ProblemPayload of(Problem problem) {
			return new ProblemPayload(problem, List.of());
		}

		static ProblemPayload rejected(List<UserError> errors) {
			return new ProblemPayload(null, errors);
		}

	}

}
