package org.fangpin.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RequestInstrumentationsTest {

	@Test
	void requestLevelInstrumentationsAndSpringsObservationAreChained() {
		assertThatCode(() -> new RequestInstrumentations.Chain(List.of(new WholeRequest(),
				new GraphQlObservationInstrumentation(ObservationRegistry.NOOP))))
			.doesNotThrowAnyException();
	}

	@Test
	void anInstrumentationOfEveryFieldStopsTheStartInsteadOfBeingSkipped() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RequestInstrumentations.Chain(List.of(new WholeRequest(), new EveryField())))
			.withMessageContaining(EveryField.class.getName() + " implements instrumentDataFetcher")
			.withMessageContaining("FieldRuleWiring");
	}

	private static final class WholeRequest extends SimplePerformantInstrumentation {

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			return super.beginExecuteOperation(parameters, state);
		}

	}

	private static final class EveryField extends SimplePerformantInstrumentation {

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
				InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return dataFetcher;
		}

	}

}
