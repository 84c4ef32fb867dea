package org.fangpin.security.fields;

import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.fangpin.security.Role;
import org.fangpin.security.duties.Duties;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Puts the rules the schema declares on particular fields into those fields' data fetchers, once, when the
 * schema is built: a field declared {@code @personal} releases its value through {@link FieldPolicy}
 * ({@link FieldPolicyInstrumentation#releasing}), a field declared {@code @internal} is withheld from residents, a
 * mutation checks the role part of its {@code @duty} before it
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
		Optional<DeclaredFields.Internal> internal = DeclaredFields.internal(field);
		boolean mutation = parent.getName().equals(MUTATION);
		if (personal.isEmpty() && internal.isEmpty() && !mutation) {
			return TraversalControl.CONTINUE;
		}
		DataFetcher<?> dataFetcher = registry.getDataFetcher(coordinates, field);
		if (personal.isPresent()) {
			dataFetcher = FieldPolicyInstrumentation.releasing(personal.get(), dataFetcher);
		}
		if (internal.isPresent()) {
			dataFetcher = withheld(coordinates, field, internal.get(), dataFetcher);
		}
		if (mutation) {
			dataFetcher = Duties.guard(field, dataFetcher);
		}
		registry.dataFetcher(coordinates, dataFetcher);
		return TraversalControl.CONTINUE;
	}

	/**
	 * The data fetcher of a field declared {@code @internal}: a resident gets its plain words, an empty list, or
	 * null ({@link FieldPolicy#withholdsInternal}). A non-null field must say its plain words, or the schema is
	 * refused when it is built.
	 */
	private static DataFetcher<?> withheld(FieldCoordinates coordinates, GraphQLFieldDefinition field,
			DeclaredFields.Internal internal, DataFetcher<?> dataFetcher) {
		boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
		if (!list && internal.residentSees() == null && GraphQLTypeUtil.isNonNull(field.getType())) {
			throw new IllegalStateException(coordinates + " is @internal and non-null: give it residentSees");
		}
		Object instead = list ? List.of() : internal.residentSees();
		return (environment) -> {
			Caller caller = CallerContext.of(environment.getGraphQlContext());
			Object source = environment.getSource();
			if (caller != null && !FieldPolicy.withholdsInternal(caller, source, internal.ownWords())) {
				return dataFetcher.get(environment);
			}
			String roles = (internal.byRole() && source instanceof ActedBy acted) ? Role.listOf(acted.actingRoles())
				.stream()
				.map(Role::label)
				.collect(Collectors.joining("、")) : "";
			return roles.isEmpty() ? instead : roles;
		};
	}

}
