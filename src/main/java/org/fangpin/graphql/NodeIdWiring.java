package org.fangpin.graphql;

import java.util.List;

import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeName;
import graphql.schema.DataFetcher;
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
				String typeName = environment.getParentType().getName();
				PropertyDataFetcher<Object> rowId = PropertyDataFetcher.fetching("id");
				return (fetching) -> new GlobalId(typeName, ((Number) rowId.get(fetching)).longValue()).encode();
			}

		});
	}

}
