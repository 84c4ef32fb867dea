package org.fangpin.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duties the schema declares are what the API does: every persona sends every mutation, and exactly
 * those whose roles the mutation's {@code @duty} names get past the role check; all others are refused
 * with FORBIDDEN before anything runs. The inputs are well-formed but empty, so that nothing is written
 * either way.
 */
class DutyTest extends ApiTest {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void everyPersonaMayTakeExactlyTheMutationsItsRolesAreDeclaredFor() {
		Map<String, Object> before = snapshot();
		List<String> wrong = new ArrayList<>();
		for (Persona persona : Persona.values()) {
			Set<String> roles = rolesOf(persona);
			String department = departmentOf(persona);
			for (GraphQLFieldDefinition mutation : this.graphQlSource.schema().getMutationType().getFieldDefinitions()) {
				boolean declared = declaredRoles(mutation).stream().anyMatch(roles::contains)
						&& (department == null || openTo(mutation, department));
				List<ResponseError> errors = send(persona, mutation);
				boolean forbidden = errors.stream()
					.anyMatch((error) -> ErrorCode.FORBIDDEN.name().equals(error.getExtensions().get("code")));
				if (declared == forbidden) {
					wrong.add(persona + " " + mutation.getName() + (declared ? " was refused: " : " was let through: ")
							+ errors);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aRefusalNamesTheMutationAndWhoTakesIt() {
		GraphQlTester.Response response = graphQlAs(Persona.WORKER)
			.document("mutation($input: DecisionInput!) { approveCase(input: $input) { userErrors { code } } }")
			.variable("input", Map.of("caseId", "none", "version", 0))
			.execute();
		response.errors()
			.expect((error) -> ErrorCode.FORBIDDEN.name().equals(error.getExtensions().get("code"))
					&& error.getMessage().contains("审核认定") && error.getMessage().contains("approveCase")
					&& error.getMessage().contains("县级干部（县级网格）"))
			.verify();
	}

	private Set<String> rolesOf(Persona persona) {
		return new HashSet<>(graphQlAs(persona).document("{ me { roles } }")
			.execute()
			.path("me.roles")
			.entityList(String.class)
			.get());
	}

	private @Nullable String departmentOf(Persona persona) {
		Object department = graphQlAs(persona).document("{ me { department } }")
			.execute()
			.path("me")
			.entity(Map.class)
			.get()
			.get("department");
		return (department != null) ? department.toString() : null;
	}

	/** A department takes a mutation of its role only when the mutation is visible to it (@visibleTo). */
	private static boolean openTo(GraphQLFieldDefinition mutation, String department) {
		GraphQLAppliedDirective visibleTo = mutation.getAppliedDirective("visibleTo");
		if (visibleTo == null) {
			return false;
		}
		Object departments = visibleTo.getArgument("departments").getValue();
		return Boolean.TRUE.equals(visibleTo.getArgument("allDepartments").getValue())
				|| (departments instanceof List<?> list && list.stream().map(String::valueOf).anyMatch(department::equals));
	}

	/** The roles the mutation's duties name; a resident's own-household duty names RESIDENT. */
	private static Set<String> declaredRoles(GraphQLFieldDefinition mutation) {
		Set<String> roles = new HashSet<>();
		for (GraphQLAppliedDirective duty : mutation.getAppliedDirectives("duty")) {
			Object role = duty.getArgument("role").getValue();
			roles.add(String.valueOf(role));
		}
		return roles;
	}

	private List<ResponseError> send(Persona persona, GraphQLFieldDefinition mutation) {
		GraphQLInputType inputType = mutation.getArgument("input").getType();
		String document = "mutation($input: %s) { %s(input: $input) { userErrors { code } } }"
			.formatted(GraphQLTypeUtil.simplePrint(inputType), mutation.getName());
		List<ResponseError> errors = new ArrayList<>();
		graphQlAs(persona).document(document)
			.variable("input", emptyValue(inputType))
			.execute()
			.errors()
			.satisfy(errors::addAll);
		return errors;
	}

	/** A value of the type that coerces but means nothing: empty texts and lists, no such ids. */
	private static Object emptyValue(GraphQLInputType type) {
		GraphQLInputType unwrapped = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
		if (unwrapped instanceof GraphQLList) {
			return List.of();
		}
		if (unwrapped instanceof GraphQLEnumType enumType) {
			return enumType.getValues().getFirst().getName();
		}
		if (unwrapped instanceof GraphQLInputObjectType object) {
			Map<String, Object> value = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				if (GraphQLTypeUtil.isNonNull(field.getType())) {
					value.put(field.getName(), emptyValue(field.getType()));
				}
			}
			return value;
		}
		return switch (((GraphQLScalarType) unwrapped).getName()) {
			case "Int", "Float", "Yuan" -> -1;
			case "Boolean" -> false;
			case "Date" -> "2099-01-01";
			case "DateTime" -> "2099-01-01T00:00:00Z";
			default -> "";
		};
	}

}
