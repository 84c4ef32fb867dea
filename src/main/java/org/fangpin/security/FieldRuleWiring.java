package org.fangpin.security;

import java.util.List;
import java.util.Optional;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Puts the rules the schema declares on particular fields into those fields' data fetchers, once, when the
 * schema is built: a field declared {@code @personal} releases its value through {@link FieldPolicy}
 * ({@link FieldPolicyInstrumentation#releasing}), a mutation checks the role part of its {@code @duty} before it
 * runs ({@link Duties#guard}). A response of a few thousand fields thus asks no field whether a rule applies
 * to it; the instrumentations look at requests as a whole ({@code RequestInstrumentations}).
 */
@Component
class FieldRuleWiring extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

	/** The schema declares no {@code schema} block, so its mutation type has graphql-java's default name. */
	private static final String MUTATION = "Mutation";

	@Override
	public void customize(GraphQlSource.SchemaResourceBuilder builder) {
		builder.typeVisitors(List.of(this));
	}

	@Override
	public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
			TraverserContext<GraphQLSchemaElement> context) {
		// an interface's fields are fetched by the object types that implement it, visited on their own
		if (!(context.getParentNode() instanceof GraphQLObjectType parent)) {
			return TraversalControl.CONTINUE;
		}
		GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
		FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
		Optional<PersonalData> personal = DeclaredFields.personal(field);
		boolean mutation = parent.getName().equals(MUTATION);
		if (personal.isEmpty() && !mutation) {
			return TraversalControl.CONTINUE;
		}
		DataFetcher<?> dataFetcher = registry.getDataFetcher(coordinates, field);
		if (personal.isPresent()) {
			dataFetcher = FieldPolicyInstrumentation.releasing(personal.get(), dataFetcher);
		}
		if (mutation) {
			dataFetcher = Duties.guard(field, dataFetcher);
		}
		registry.dataFetcher(coordinates, dataFetcher);
		return TraversalControl.CONTINUE;
	}

}
