package org.fangpin.security.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.TrivialDataFetcher;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import org.fangpin.graphql.RequestIds;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.fangpin.security.Department;
import org.fangpin.security.Role;
import org.fangpin.security.rows.DataSubject;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Applies the field rules declared in the schema, whatever alias or fragment asks for a field:
 * <ul>
 * <li>{@code @personal(kind:)}: the value passes through {@link FieldPolicy#release} before it leaves (in the
 * field's data fetcher, {@link #releasing}, so that the other fields of a response pay nothing for it);</li>
 * <li>departments: a department account may ask only for fields marked {@code @visibleTo} for its
 * department, or of a type marked {@code @openToDepartments}; asking for any other refuses the whole
 * operation before it runs, so a department system learns at once that its query is out of its domain,
 * and a field nobody thought about stays closed.</li>
 * <li>sensitive data released in full ({@link FieldPolicy#releasesSensitive}) is noted with the household it
 * is of, and recorded in the {@link SensitiveAccessLog} before the response leaves: if that record cannot be
 * written, the response carries no data.</li>
 * </ul>
 */
@Component
class FieldPolicyInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger logger = LoggerFactory.getLogger(FieldPolicyInstrumentation.class);

	private final SensitiveAccessLog accessLog;

	FieldPolicyInstrumentation(SensitiveAccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		OperationDefinition operation = execution.getOperationDefinition();
		execution.getGraphQLContext().put(Releases.class, new Releases((operation.getName() != null)
				? operation.getName() : operation.getOperation().name().toLowerCase(Locale.ROOT)));
		Caller caller = CallerContext.of(execution.getGraphQLContext());
		if (caller != null && caller.holds(Role.DEPARTMENT)) {
			List<String> refused = fieldsOutsideDomain(execution, caller.department());
			if (!refused.isEmpty()) {
				throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
					.message("部门账号无权查询以下字段 (FORBIDDEN: fields outside the department's domain): %s",
							String.join(", ", refused))
					.errorType(ErrorType.FORBIDDEN)
					.extensions(Map.of("code", "FORBIDDEN"))
					.build()));
			}
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private static List<String> fieldsOutsideDomain(ExecutionContext execution, @Nullable Department department) {
		List<String> refused = new ArrayList<>();
		QueryTraverser.newQueryTraverser()
			.schema(execution.getGraphQLSchema())
			.document(execution.getDocument())
			.operationName(execution.getOperationDefinition().getName())
			.coercedVariables(execution.getCoercedVariables())
			.build()
			.visitPreOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment environment) {
					// __typename has no fields container to ask (graphql-java throws), and names a type only
					if (environment.isTypeNameIntrospectionField()) {
						return;
					}
					GraphQLFieldsContainer parent = environment.getFieldsContainer();
					GraphQLFieldDefinition field = environment.getFieldDefinition();
					if (!DeclaredFields.openToDepartment(parent, field, department)) {
						refused.add(parent.getName() + "." + field.getName());
					}
				}
			});
		return refused;
	}

	/**
	 * The data fetcher of a field declared {@code @personal(kind:)}, its value released through {@link FieldPolicy}
	 * (put there by {@link FieldRuleWiring}).
	 */
	static DataFetcher<?> releasing(PersonalData kind, DataFetcher<?> dataFetcher) {
		DataFetcher<?> released = (environment) -> {
			GraphQLContext context = environment.getGraphQlContext();
			Caller caller = CallerContext.of(context);
			Releases releases = context.get(Releases.class);
			Object source = environment.getSource();
			Object value = dataFetcher.get(environment);
			// a controller method answers with a Mono, which Spring's decorator around this one makes a future
			if (value instanceof Mono<?> pending) {
				return pending.mapNotNull((resolved) -> release(kind, caller, resolved, source, releases));
			}
			if (value instanceof CompletionStage<?> pending) {
				return pending.thenApply((resolved) -> release(kind, caller, resolved, source, releases));
			}
			return release(kind, caller, value, source, releases);
		};
		// the release reads the GraphQL context only: a trivial fetcher stays trivial, Spring carrying no
		// thread-bound context around it (a page's members' ID numbers, P1 in docs/benchmarks.md)
		if (dataFetcher instanceof TrivialDataFetcher) {
			TrivialDataFetcher<?> plain = released::get;
			return plain;
		}
		return released;
	}

	/** Without a caller (never in an authenticated request) nothing personal is released. */
	private static @Nullable Object release(PersonalData kind, @Nullable Caller caller, @Nullable Object value,
			@Nullable Object source, Releases releases) {
		if (caller == null) {
			return null;
		}
		DataSubject subject = (source instanceof DataSubject of) ? of : null;
		Object released = FieldPolicy.release(kind, caller, subject, value);
		if (released != null && FieldPolicy.releasesSensitive(kind, caller, subject)) {
			releases.note(kind, (subject != null) ? subject.dataSubjectHousehold() : null);
		}
		return released;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getGraphQLContext();
		Releases releases = context.get(Releases.class);
		Caller caller = CallerContext.of(context);
		if (releases == null || releases.households.isEmpty() || caller == null) {
			return CompletableFuture.completedFuture(result);
		}
		try {
			this.accessLog.record(caller, context.getOrDefault(RequestIds.KEY, "-"), releases.operation,
					releases.households);
			return CompletableFuture.completedFuture(result);
		}
		catch (RuntimeException ex) {
			// what cannot be accounted for is not shown
			logger.error("The sensitive-data access log could not be written; the response is withheld", ex);
			return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
				.addError(GraphqlErrorBuilder.newError()
					.message("查阅记录写入失败，未返回数据 (INTERNAL: the access log could not be written)")
					.errorType(ErrorType.INTERNAL_ERROR)
					.extensions(Map.of("code", "INTERNAL"))
					.build())
				.build());
		}
	}

	/**
	 * What one request released of sensitive data: per kind, the households it was of. Kept in the request's
	 * GraphQL context from the start of its operation, before any field is fetched.
	 */
	private static final class Releases {

		private final Map<PersonalData, Set<Long>> households = new ConcurrentHashMap<>();

		private final String operation;

		Releases(String operation) {
			this.operation = operation;
		}

		void note(PersonalData kind, @Nullable Long household) {
			Set<Long> of = this.households.computeIfAbsent(kind, (any) -> ConcurrentHashMap.newKeySet());
			if (household != null) {
				of.add(household);
			}
		}

	}

}
