package org.fangpin.security;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link Caller} of the request into the GraphQL context, where the field policy finds it
 * whichever thread a field is resolved on.
 */
@Component
public class CallerContext implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication callerAuthentication) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(Caller.class, callerAuthentication.getPrincipal());
				return input;
			});
		}
		return chain.next(request);
	}

	/** The caller of this execution; null only outside an authenticated request. */
	static @Nullable Caller of(GraphQLContext context) {
		return context.get(Caller.class);
	}

	/** The caller of this execution, for batch loaders that have the context but not the request. */
	public static Caller require(GraphQLContext context) {
		Caller caller = of(context);
		if (caller == null) {
			throw new IllegalStateException("No caller in the GraphQL context");
		}
		return caller;
	}

}
