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
 * fresh one. The response carries it back in the same header, for a cadre's report of a problem to name.
 */
@Component
public class RequestIds implements WebGraphQlInterceptor {

	public static final String KEY = "requestId";

	private static final String HEADER = "X-Request-Id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String given = request.getHeaders().getFirst(HEADER);
		String requestId = (given != null && ACCEPTED.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(KEY, requestId);
			return input;
		});
		return chain.next(request).doOnNext((response) -> response.getResponseHeaders().set(HEADER, requestId));
	}

}
