package org.fangpin.graphql;

import java.util.List;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * Chains the API's instrumentations (the same beans, in the same order, as Spring Boot would) for what they do:
 * each looks at a request as a whole (its input, document, operation and result), none at a single field.
 * graphql-java's own chain asks every instrumentation at six points of every field, and a dashboard resolves
 * some 2,200 fields: with five instrumentations that passed each field through, it was a quarter of the
 * dashboard request's CPU (README "Benchmarks"). A rule the schema puts on particular fields lives in those
 * fields' data fetchers instead ({@code FieldRuleWiring}), where the other fields pay nothing for it.
 * <p>
 * This chain therefore leaves out the field-level hooks, and an instrumentation that implements one stops the
 * API at start rather than being silently skipped. The one left out on purpose is Spring's observation of
 * data fetchers: a household page resolves several hundred fields, and an observation of each cost more CPU
 * than the rest of the request while telling nothing the request's own observation and the SQL statements do
 * not.
 */
@Component
class RequestInstrumentations implements GraphQlSourceBuilderCustomizer {

	private final ObjectProvider<Instrumentation> instrumentations;

	RequestInstrumentations(ObjectProvider<Instrumentation> instrumentations) {
		this.instrumentations = instrumentations;
	}

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.configureGraphQl((graphQl) -> graphQl.instrumentation(new Chain(this.instrumentations.orderedStream().toList())));
	}

	static final class Chain extends ChainedInstrumentation {

		private static final List<FieldHook> FIELD_HOOKS = List.of(
				new FieldHook("beginExecuteObject", InstrumentationExecutionStrategyParameters.class),
				new FieldHook("beginDeferredField", InstrumentationFieldParameters.class),
				new FieldHook("beginFieldExecution", InstrumentationFieldParameters.class),
				new FieldHook("beginFieldFetch", InstrumentationFieldFetchParameters.class),
				new FieldHook("beginFieldFetching", InstrumentationFieldFetchParameters.class),
				new FieldHook("beginFieldCompletion", InstrumentationFieldCompleteParameters.class),
				new FieldHook("beginFieldListCompletion", InstrumentationFieldCompleteParameters.class),
				new FieldHook("instrumentDataFetcher", DataFetcher.class, InstrumentationFieldFetchParameters.class));

		Chain(List<Instrumentation> instrumentations) {
			super(instrumentations);
			instrumentations.stream()
				.filter((instrumentation) -> !(instrumentation instanceof GraphQlObservationInstrumentation))
				.forEach((instrumentation) -> FIELD_HOOKS.forEach((hook) -> hook.refuseIn(instrumentation)));
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
				InstrumentationState state) {
			return ExecuteObjectInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return dataFetcher;
		}

	}

	/** A hook graphql-java calls per field or object, by its name and parameters before the state. */
	private record FieldHook(String name, Class<?>... parameters) {

		void refuseIn(Instrumentation instrumentation) {
			Class<?>[] types = new Class<?>[this.parameters.length + 1];
			System.arraycopy(this.parameters, 0, types, 0, this.parameters.length);
			types[this.parameters.length] = InstrumentationState.class;
			Class<?> declaring;
			try {
				declaring = instrumentation.getClass().getMethod(this.name, types).getDeclaringClass();
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("graphql-java's Instrumentation has no " + this.name, ex);
			}
			if (declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class) {
				throw new IllegalStateException(instrumentation.getClass().getName() + " implements " + this.name
						+ ", a hook of every field, which the API's chain of instrumentations does not call:"
						+ " put a field's rule into its data fetcher (FieldRuleWiring)");
			}
		}

	}

}
