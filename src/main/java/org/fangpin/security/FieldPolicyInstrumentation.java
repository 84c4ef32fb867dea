package org.fangpin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Applies the field rules declared in the schema, whatever alias or fragment asks for a field:
 * <ul>
 * <li>{@code @personal(kind:)}: the value passes through {@link FieldPolicy#release} before it leaves;</li>
 * <li>departments: a department account may ask only for fields marked {@code @visibleTo} for its
 * department, or of a type marked {@code @openToDepartments}; asking for any other refuses the whole
 * operation before it runs, so a department system learns at once that its query is out of its domain,
 * and a field nobody thought about stays closed.</li>
 * </ul>
 */
@Component
class FieldPolicyInstrumentation extends SimplePerformantInstrumentation {

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		Caller caller = CallerContext.of(execution.getGraphQLContext());
		if (caller != null && caller.hasRole(Role.DEPARTMENT)) {
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

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		PersonalData kind = DeclaredFields.personal(parameters.getField()).orElse(null);
		if (kind == null) {
			return dataFetcher;
		}
		return (environment) -> {
			Caller caller = CallerContext.of(environment.getGraphQlContext());
			Object value = dataFetcher.get(environment);
			if (value instanceof CompletionStage<?> pending) {
				return pending.thenApply((resolved) -> release(kind, caller, resolved));
			}
			return release(kind, caller, value);
		};
	}

	/** Without a caller (never in an authenticated request) nothing personal is released. */
	private static @Nullable Object release(PersonalData kind, @Nullable Caller caller, @Nullable Object value) {
		return (caller != null) ? FieldPolicy.release(kind, caller, value) : null;
	}

}
