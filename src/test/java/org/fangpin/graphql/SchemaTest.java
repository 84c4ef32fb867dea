package org.fangpin.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.fangpin.support.ApiTest;
import org.fangpin.support.SchemaInspection;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema keeps its conventions: every mutation is closed unless it declares a duty, takes one input and
 * answers with user errors; everything is described; and every field is wired to code whose nullness
 * agrees with the schema.
 */
class SchemaTest extends ApiTest {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	SchemaInspection inspection;

	@Test
	void everyMutationDeclaresADutyTakesOneInputAndAnswersWithUserErrors() {
		List<String> wrong = new ArrayList<>();
		GraphQLObjectType mutation = schema().getMutationType();
		assertThat(mutation).isNotNull();
		for (GraphQLFieldDefinition field : mutation.getFieldDefinitions()) {
			if (field.getAppliedDirectives("duty").isEmpty()) {
				wrong.add(field.getName() + ": no @duty");
			}
			field.getAppliedDirectives("duty").forEach((duty) -> {
				boolean level = duty.getArgument("level").getValue() != null;
				boolean ownHousehold = Boolean.TRUE.equals(duty.getArgument("ownHousehold").getValue());
				Object role = duty.getArgument("role").getValue();
				boolean resident = "RESIDENT".equals(role);
				if (level == ownHousehold || ownHousehold != resident) {
					wrong.add(field.getName() + ": a @duty needs a level, or ownHousehold for RESIDENT");
				}
			});
			List<GraphQLArgument> arguments = field.getArguments();
			if (arguments.size() != 1 || !arguments.getFirst().getName().equals("input")
					|| !(arguments.getFirst().getType() instanceof GraphQLNonNull input)
					|| !(input.getWrappedType() instanceof GraphQLInputObjectType)) {
				wrong.add(field.getName() + ": takes anything but one non-null input");
			}
			if (!(field.getType() instanceof GraphQLNonNull payload)
					|| !(payload.getWrappedType() instanceof GraphQLObjectType type)
					|| type.getFieldDefinition("userErrors") == null) {
				wrong.add(field.getName() + ": does not return a payload with userErrors");
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyTypeFieldArgumentAndEnumValueIsDescribed() {
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : schema().getAllTypesAsList()) {
			if (type.getName().startsWith("__") || GraphQLTypeUtil.isScalar(type) && isBuiltIn(type)) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undescribed.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
					described(undescribed, type.getName() + "." + field.getName(), field.getDescription());
					field.getArguments()
						.forEach((argument) -> described(undescribed,
								type.getName() + "." + field.getName() + "(" + argument.getName() + ")",
								argument.getDescription()));
				}
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.forEach((field) -> described(undescribed, type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.forEach((value) -> described(undescribed, type.getName() + "." + value.getName(),
							value.getDescription()));
			}
		}
		assertThat(undescribed).isEmpty();
	}

	@Test
	void everyFieldIsWiredAndNullnessAgreesWithTheCode() {
		SchemaReport report = this.inspection.report();
		assertThat(report).as("the schema inspection ran").isNotNull();
		assertThat(report.unmappedFields()).as("unmapped fields").isEmpty();
		assertThat(report.unmappedRegistrations()).as("data fetchers for fields the schema lacks").isEmpty();
		assertThat(report.unmappedArguments()).as("handler arguments the schema lacks").isEmpty();
		assertThat(report.skippedTypes()).as("types the inspection could not check").isEmpty();
		assertThat(report.fieldNullnessErrors()).as("field nullness mismatches").isEmpty();
		assertThat(report.argumentNullnessErrors()).as("argument nullness mismatches").isEmpty();
	}

	private GraphQLSchema schema() {
		return this.graphQlSource.schema();
	}

	private static void described(List<String> undescribed, String name, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(name);
		}
	}

	private static boolean isBuiltIn(GraphQLType type) {
		return List.of("String", "Int", "Float", "Boolean", "ID").contains(((GraphQLNamedType) type).getName());
	}

}
