package org.fangpin.limits;

import reactor.core.publisher.Mono;

import org.fangpin.graphql.ErrorCode;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * A request refused for its caller's rate also says when to retry in the standard {@code Retry-After}
 * header, for clients and gateways that back off on it without reading GraphQL errors.
 */
@Component
class RetryAfter implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext((response) -> response.getErrors()
			.stream()
			.filter((error) -> ErrorCode.RATE_LIMITED.name().equals(error.getExtensions().get("code")))
			.findFirst()
			.ifPresent((error) -> response.getResponseHeaders()
				.set(HttpHeaders.RETRY_AFTER, String.valueOf(error.getExtensions().get("retryAfterSeconds")))));
	}

}
