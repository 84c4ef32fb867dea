package org.fangpin.limits;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import org.fangpin.graphql.RequestIds;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * One log line per GraphQL request, with what operations need and nothing personal: the request id, the
 * caller's subject (an opaque account id, never a name), the operation's name, its cost, its duration and
 * the codes of its errors. Never the document, the variables or the data, which hold names and ID numbers.
 * In the {@code prod} profile the line is JSON, each of these a field. (An instrumentation too, to learn
 * which operation of the document ran.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestLog extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

	/** Where the limits leave the cost of the operation in the GraphQL context. */
	public static final String COST = "operationCost";

	private static final String OPERATION = RequestLog.class.getName() + ".operation";

	private static final Logger logger = LoggerFactory.getLogger(RequestLog.class);

	/**
	 * The operation that runs, by its name, or by its type and root fields when it has none (clients rarely
	 * send {@code operationName} for a document of one operation).
	 */
	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		String name = (operation.getName() != null) ? operation.getName()
				: operation.getOperation().name().toLowerCase(Locale.ROOT) + " " + operation.getSelectionSet()
					.getSelectionsOfType(Field.class)
					.stream()
					.map(Field::getName)
					.distinct()
					.limit(5)
					.collect(Collectors.joining(","));
		parameters.getExecutionContext().getGraphQLContext().put(OPERATION, name);
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long started = System.nanoTime();
		return chain.next(request).doOnNext((response) -> log(request, response, (System.nanoTime() - started) / 1_000_000));
	}

	private static void log(WebGraphQlRequest request, WebGraphQlResponse response, long durationMs) {
		GraphQLContext context = response.getExecutionInput().getGraphQLContext();
		@Nullable Caller caller = context.get(CallerContext.KEY);
		@Nullable String subject = (caller != null) ? caller.subject() : null;
		String operation = Objects.requireNonNullElse(context.get(OPERATION),
				Objects.requireNonNullElse(request.getOperationName(), "-"));
		@Nullable String requestId = context.get(RequestIds.KEY);
		@Nullable Object cost = context.get(COST);
		List<String> codes = response.getErrors()
			.stream()
			.map((error) -> String.valueOf(error.getExtensions().get("code")))
			.distinct()
			.toList();
		logger.atInfo()
			.addKeyValue("requestId", requestId)
			.addKeyValue("subject", subject)
			.addKeyValue("operation", operation)
			.addKeyValue("cost", cost)
			.addKeyValue("durationMs", durationMs)
			.addKeyValue("errorCodes", codes)
			.log("GraphQL {} by {}: {} ms, cost {}, errors {} (request {})", operation, subject, durationMs, cost, codes,
					requestId);
	}

}
