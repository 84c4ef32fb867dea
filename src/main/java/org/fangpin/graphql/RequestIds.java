package org.fangpin.graphql;

import java.util.UUID;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives every GraphQL request an id for the audit trail (GraphQL context value {@value #KEY}): the
 * client's {@code X-Request-Id} when it is a sensible token, so that a console can correlate, else a
 * fresh one.
 */
@Component
public class RequestIds implements WebGraphQlInterceptor {

	public static final String KEY = "requestId";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String given = request.getHeaders().getFirst("X-Request-Id");
		String requestId = (given != null && ACCEPTED.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(KEY, requestId);
			return input;
		});
		return chain.next(request);
	}

}
