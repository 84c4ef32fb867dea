package org.fangpin.limits;

import java.util.Map;

import graphql.GraphQLError;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.ErrorCode;

/**
 * The refusal of a caller who has spent their rate budget (or already runs a download): RATE_LIMITED, with
 * the seconds after which to retry. GraphQL answers it as an error with {@code extensions.retryAfterSeconds},
 * a download as JSON; both with the {@code Retry-After} header.
 */
public final class RateLimited extends ApiException {

	private final String limit;

	private final long max;

	private final long retryAfterSeconds;

	RateLimited(String message, String limit, long max, long retryAfterSeconds) {
		super(ErrorCode.RATE_LIMITED, message);
		this.limit = limit;
		this.max = max;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	GraphQLError error() {
		return LimitExceeded.error(ErrorCode.RATE_LIMITED, getMessage(),
				Map.of("limit", this.limit, "max", this.max, "retryAfterSeconds", this.retryAfterSeconds));
	}

}
