package org.fangpin.graphql;

/** {@code extensions.code} of every GraphQL error, and {@code code} of every user error. */
public enum ErrorCode {

	UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, INTERNAL,

	/** The caller has spent their request budget for now; {@code extensions.retryAfterSeconds} says when to retry. */
	RATE_LIMITED,

	/** The database cannot be reached: nothing was read or written, the same request may succeed later. */
	UNAVAILABLE

}
