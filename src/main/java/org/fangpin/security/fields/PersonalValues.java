package org.fangpin.security.fields;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLNamedType;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.DataSubject;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Enum values that are personal data of the household they are given for, as the schema declares them
 * ({@code ILLNESS @personal(kind: HEALTH)} of {@code MustVisitCategory}): a reason "ill" tells who is ill as
 * well as a health field would, so it is released by the same rule, of the duties covering that household.
 * Read from the schema, never written in Java; a Java enum answers to the GraphQL enum of its simple name.
 */
@Component
public class PersonalValues {

	private final ObjectProvider<GraphQlSource> source;

	private volatile @Nullable Map<String, Map<String, PersonalData>> byEnum;

	PersonalValues(ObjectProvider<GraphQlSource> source) {
		this.source = source;
	}

	/** Whether the caller may be told {@code value} of the subject: any value not declared personal, they may. */
	public boolean released(Caller caller, DataSubject subject, Enum<?> value) {
		PersonalData kind = declared().getOrDefault(value.getDeclaringClass().getSimpleName(), Map.of()).get(value.name());
		return kind == null || FieldPolicy.releasesInFull(kind, caller, subject);
	}

	private Map<String, Map<String, PersonalData>> declared() {
		Map<String, Map<String, PersonalData>> declared = this.byEnum;
		if (declared == null) {
			declared = new HashMap<>();
			for (GraphQLNamedType type : this.source.getObject().schema().getAllTypesAsList()) {
				if (type instanceof GraphQLEnumType enumType) {
					Map<String, PersonalData> values = new HashMap<>();
					for (GraphQLEnumValueDefinition value : enumType.getValues()) {
						DeclaredFields.personal(value).ifPresent((kind) -> values.put(value.getName(), kind));
					}
					if (!values.isEmpty()) {
						declared.put(enumType.getName(), Map.copyOf(values));
					}
				}
			}
			declared = Map.copyOf(declared);
			this.byEnum = declared;
		}
		return declared;
	}

}
