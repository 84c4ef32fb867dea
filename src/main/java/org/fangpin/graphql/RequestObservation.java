package org.fangpin.graphql;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * A GraphQL request is observed (timed, and traced where tracing is on) as a whole, not field by field. A
 * household page resolves several hundred fields; an observation of each cost more CPU than the rest of the
 * request (measured with the API benchmark, see README.md) and told nothing the request's own timing and the
 * SQL statements do not.
 */
@Configuration(proxyBeanMethods = false)
class RequestObservation {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObjectProvider<ObservationRegistry> registry) {
		return new GraphQlObservationInstrumentation(registry.getIfAvailable(() -> ObservationRegistry.NOOP)) {

			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
					InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
				return dataFetcher;
			}

		};
	}

}
