package org.fangpin.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import org.fangpin.graphql.ErrorCode;

/**
 * The refusal of a request over a limit: {@code extensions.code} BAD_USER_INPUT (RATE_LIMITED for the rate,
 * PERSISTED_QUERY_NOT_FOUND for a document id the API does not hold),
 * {@code extensions.limit} the name of the limit as configured, {@code max} its value, and a message that
 * names both, Chinese first.
 */
final class LimitExceeded {

	private LimitExceeded() {
	}

	static GraphQLError error(String limit, long max, String message) {
		return error(ErrorCode.BAD_USER_INPUT, message, Map.of("limit", limit, "max", max));
	}

	static GraphQLError error(ErrorCode code, String message, Map<String, Object> details) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", code.name());
		extensions.putAll(details);
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(code.classification())
			.extensions(extensions)
			.build();
	}

	static AbortExecutionException abort(GraphQLError error) {
		return new AbortExecutionException(List.of(error));
	}

	/** The document and body limits as JSON, for refusals made before GraphQL is reached. */
	static String json(String limit, long max, String message) {
		return """
				{"errors":[{"message":"%s","extensions":{"code":"%s","limit":"%s","max":%d}}]}"""
			.formatted(message.replace("\"", "\\\""), ErrorCode.BAD_USER_INPUT, limit, max);
	}

}
