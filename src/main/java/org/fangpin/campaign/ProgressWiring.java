package org.fangpin.campaign;

import java.util.function.Supplier;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.fangpin.campaign.Progress.ProgressFigures;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Each figure field of {@code ProgressFigures} reads its {@link ProgressColumn}: one fetcher per constant, none
 * written per field.
 */
@Component
class ProgressWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("ProgressFigures", (type) -> {
			for (ProgressColumn column : ProgressColumn.values()) {
				type.dataFetcher(column.field(), new Figure(column));
			}
			return type;
		});
	}

	/**
	 * A figure read from its column. Light, as graphql-java's own property fetcher is: no environment is built
	 * for each of the table's thousands of figures (a county by village has 297 rows of two periods).
	 */
	private record Figure(ProgressColumn column) implements LightDataFetcher<Integer> {

		@Override
		public Integer get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment) {
			return ((ProgressFigures) source).get(this.column);
		}

		@Override
		public Integer get(DataFetchingEnvironment environment) {
			return environment.<ProgressFigures>getSource().get(this.column);
		}

	}

}
