package org.fangpin.graphql;

import graphql.ErrorClassification;

import org.springframework.graphql.execution.ErrorType;

/** {@code extensions.code} of every GraphQL error, and {@code code} of every user error. */
public enum ErrorCode {

	UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, CONFLICT, INTERNAL,

	/** The caller has spent their request budget for now; {@code extensions.retryAfterSeconds} says when to retry. */
	RATE_LIMITED,

	/**
	 * The request names a document by an id that no registered (trusted) document has; the code Apollo's and
	 * other persisted-document clients recognise.
	 */
	PERSISTED_QUERY_NOT_FOUND,

	/** The database cannot be reached: nothing was read or written, the same request may succeed later. */
	UNAVAILABLE;

	/** The classification graphql-java and Spring for GraphQL give an error of this code. */
	public ErrorClassification classification() {
		return switch (this) {
			case NOT_FOUND, PERSISTED_QUERY_NOT_FOUND -> ErrorType.NOT_FOUND;
			case FORBIDDEN, RATE_LIMITED -> ErrorType.FORBIDDEN;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case BAD_USER_INPUT, CONFLICT -> ErrorType.BAD_REQUEST;
			case INTERNAL, UNAVAILABLE -> ErrorType.INTERNAL_ERROR;
		};
	}

}
