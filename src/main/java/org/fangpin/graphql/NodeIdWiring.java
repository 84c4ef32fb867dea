package org.fangpin.graphql;

import java.util.List;
import java.util.function.Supplier;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code id} of every type that implements {@code Node} is its global id, made here from the row's
 * numeric id: no controller writes it again.
 */
@Component
class NodeIdWiring implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {

			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment environment) {
				return "id".equals(environment.getFieldDefinition().getName())
						&& environment.getParentType() instanceof ObjectTypeDefinition type
						&& type.getImplements().stream().anyMatch((i) -> i instanceof TypeName name && "Node".equals(name.getName()));
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
				return new GlobalIdFetcher(environment.getParentType().getName(), PropertyDataFetcher.fetching("id"));
			}

		});
	}

	/**
	 * Light, as graphql-java's property fetcher is: every id of a page (fifty households, hundreds of members) is
	 * read without an environment built for it, and, being trivial, without Spring's context propagation around
	 * it, which a function of the row alone does not need.
	 */
	private record GlobalIdFetcher(String typeName, PropertyDataFetcher<Object> rowId) implements LightDataFetcher<String> {

		@Override
		public String get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> environment)
				throws Exception {
			return encode(this.rowId.get(field, source, environment));
		}

		@Override
		public String get(DataFetchingEnvironment environment) {
			return encode(this.rowId.get(environment));
		}

		private String encode(Object rowId) {
			return new GlobalId(this.typeName, ((Number) rowId).longValue()).encode();
		}

	}

}
