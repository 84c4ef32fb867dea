package org.fangpin.security;

import graphql.GraphQLContext;
import org.dataloader.BatchLoaderEnvironment;
import org.fangpin.security.tokens.CallerAuthentication;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link Caller} of the request into the GraphQL context as {@value #KEY}, where handlers receive
 * it ({@code @ContextValue Caller caller}) and the field policy finds it, whichever thread a field is
 * resolved on.
 */
@Component
public class CallerContext implements WebGraphQlInterceptor {

	/** The name of the context value, and so of the handler parameter that receives it. */
	public static final String KEY = "caller";

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof CallerAuthentication callerAuthentication) {
			request.configureExecutionInput((input, builder) -> {
				input.getGraphQLContext().put(KEY, callerAuthentication.getPrincipal());
				return input;
			});
		}
		return chain.next(request);
	}

	/** The caller of this execution; null only outside an authenticated request. */
	public static @Nullable Caller of(GraphQLContext context) {
		return context.get(KEY);
	}

	/** The caller, for the batch loaders registered by hand (mapped methods take it as a context value). */
	public static Caller of(BatchLoaderEnvironment environment) {
		Caller caller = (environment.getContext() instanceof GraphQLContext context) ? of(context) : null;
		if (caller == null) {
			throw new IllegalStateException("No caller in the GraphQL context");
		}
		return caller;
	}

}
