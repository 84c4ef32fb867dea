package org.fangpin.monitoring;

import java.util.List;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/**
 * 办理障碍: a rule that refuses a step now, as the step's mutation refuses it and as a case screen shows it
 * beside the step, so that the screen offers nothing the mutation will refuse.
 *
 * @param check for {@link StepBlockerCode#ELIMINATION_CONDITION}, the condition not met
 * @param message in Chinese, with the English code, as the refusal says it
 * @param liftedBy in Chinese, what would lift it and with which mutation
 * @param refusedAs the error code of the refusal
 */
public record StepBlocker(StepBlockerCode code, @Nullable EliminationCheck check, String message, String liftedBy,
		ErrorCode refusedAs) {

	public static StepBlocker conflict(StepBlockerCode code, String message, String liftedBy) {
		return new StepBlocker(code, null, message, liftedBy, ErrorCode.CONFLICT);
	}

	static StepBlocker of(EliminationBlocker blocker) {
		return new StepBlocker(StepBlockerCode.ELIMINATION_CONDITION, blocker.check(), blocker.message(),
				blocker.liftedBy(), ErrorCode.BAD_USER_INPUT);
	}

	/** The mutation's refusal, on its case. */
	public UserError refusal() {
		return new UserError(List.of("caseId"), this.refusedAs, this.message);
	}

}
