package org.fangpin.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.parser.ParserOptions;
import org.fangpin.limits.RequestLog;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation over a limit of {@link LimitsProperties} before it runs: its document while it is
 * parsed (tokens), then its shape once it is valid (depth, fields, aliases, cost), then its caller's rate.
 * First among the instrumentations that look at the document (after the request log, which only notes the
 * operation's name), so that nothing else walks a document that is refused here.
 * <p>
 * The shape is measured for every execution, with its variables, after validation: a page size given as a
 * variable counts, and a cache of parsed documents cannot skip the check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OperationLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	private final CallerBuckets buckets;

	OperationLimits(LimitsProperties limits, CallerBuckets buckets) {
		this.limits = limits;
		this.buckets = buckets;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		int maxTokens = this.limits.maxTokens();
		// graphql-java's own token limit stays as a backstop above ours, which speaks the API's language
		input.getGraphQLContext()
			.put(ParserOptions.class, ParserOptions.getDefaultOperationParserOptions()
				.transform((options) -> options.maxTokens(2 * maxTokens + 100)
					.maxCharacters((int) Math.min(Integer.MAX_VALUE, this.limits.maxRequestSize().toBytes()))
					.parsingListener(TooManyTokens.counting(maxTokens))));
		return input;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		OperationShape shape = OperationShape.measure(execution.getGraphQLSchema(), execution.getDocument(),
				execution.getOperationDefinition(), execution.getCoercedVariables().toMap(), this.limits.listSize());
		refuseOverLimits(shape);
		GraphQLContext context = execution.getGraphQLContext();
		context.put(RequestLog.COST, shape.cost());
		Caller caller = context.get(CallerContext.KEY);
		if (caller != null) {
			this.buckets.charge(caller, shape.cost());
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private void refuseOverLimits(OperationShape shape) {
		refuseOver("maxDepth", shape.depth(), this.limits.maxDepth(), "查询嵌套过深：%d 层，上限 %d 层", "depth");
		refuseOver("maxFields", shape.fields(), this.limits.maxFields(), "查询字段过多：%d 个（含片段展开），上限 %d 个",
				"fields");
		refuseOver("maxAliases", shape.aliases(), this.limits.maxAliases(), "别名过多：%d 个，上限 %d 个", "aliases");
		refuseOver("maxCost", shape.cost(), this.limits.maxCost(), "查询代价过高：估计 %d，上限 %d，请减小 first 或分次查询",
				"cost");
	}

	private static void refuseOver(String limit, long actual, long max, String chinese, String measure) {
		if (actual > max) {
			throw LimitExceeded.abort(LimitExceeded.error(limit, max, chinese.formatted(actual, max)
					+ " (BAD_USER_INPUT: %s %d exceeds the limit of %d)".formatted(measure, actual, max)));
		}
	}

}
