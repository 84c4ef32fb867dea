package org.fangpin.security.fields;

import java.util.Collection;
import java.util.Optional;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * The field rules as the schema declares them ({@code @personal}, {@code @visibleTo},
 * {@code @openToDepartments}), read in one place: by {@link FieldRuleWiring} and
 * {@link FieldPolicyInstrumentation} for GraphQL, and by anything else that hands the same fields out in another
 * form (a ledger's spreadsheet columns), so that a field is released the same way whichever door it leaves by.
 */
public final class DeclaredFields {

	private DeclaredFields() {
	}

	/**
	 * Whether the caller may ask for the field at all: anybody but a department may; a department only for a
	 * field declared {@code @visibleTo} it, or of a type open to departments.
	 */
	public static boolean mayAsk(Caller caller, GraphQLFieldsContainer parent, GraphQLFieldDefinition field) {
		return !caller.holds(Role.DEPARTMENT) || openToDepartment(parent, field, caller.department());
	}

	/** The kind of personal data the field (or enum value) declares with {@code @personal}, if any. */
	public static Optional<PersonalData> personal(GraphQLDirectiveContainer field) {
		GraphQLAppliedDirective personal = field.getAppliedDirective("personal");
		if (personal == null) {
			return Optional.empty();
		}
		Object kind = personal.getArgument("kind").getValue();
		return Optional.of(PersonalData.valueOf(String.valueOf(kind)));
	}

	/**
	 * What a field declared {@code @internal} gives a resident reading their own household instead of its value.
	 *
	 * @param residentSees the plain words in its place; null for none
	 * @param ownWords whether a resident reads it as written on a record they wrote ({@link WrittenByResident})
	 * @param byRole whether a resident reads the roles of whoever acted in its place ({@link ActedBy})
	 */
	record Internal(@Nullable String residentSees, boolean ownWords, boolean byRole) {
	}

	/** The field's {@code @internal} declaration, if any. */
	static Optional<Internal> internal(GraphQLFieldDefinition field) {
		GraphQLAppliedDirective internal = field.getAppliedDirective("internal");
		if (internal == null) {
			return Optional.empty();
		}
		Object residentSees = internal.getArgument("residentSees").getValue();
		return Optional.of(new Internal((residentSees != null) ? residentSees.toString() : null,
				Boolean.TRUE.equals(internal.getArgument("ownWords").getValue()),
				Boolean.TRUE.equals(internal.getArgument("byRole").getValue())));
	}

	/**
	 * The kind of personal data a field of a type declares, the field named by its path from the type
	 * ({@code Household}, {@code head.idNumber}): for records that carry a record's fields outside GraphQL (the audit
	 * trail), masked by the same declaration. Empty for a name the schema does not have.
	 */
	public static Optional<PersonalData> personal(GraphQLSchema schema, String typeName, String path) {
		GraphQLType type = schema.getType(typeName);
		String[] names = path.split("\\.");
		for (int i = 0; i < names.length; i++) {
			GraphQLFieldDefinition field = (type instanceof GraphQLFieldsContainer container)
					? container.getFieldDefinition(names[i]) : null;
			if (field == null) {
				return Optional.empty();
			}
			if (i == names.length - 1) {
				return personal(field);
			}
			type = GraphQLTypeUtil.unwrapAll(field.getType());
		}
		return Optional.empty();
	}

	static boolean openToDepartment(GraphQLFieldsContainer parent, GraphQLFieldDefinition field,
			@Nullable Department department) {
		// introspection (__typename, __schema, __Type, …) describes the schema, not the data
		boolean open = field.getName().startsWith("__") || parent.getName().startsWith("__")
				|| ((parent instanceof GraphQLDirectiveContainer type) && type.hasAppliedDirective("openToDepartments"));
		return open || visibleTo(field, department);
	}

	private static boolean visibleTo(GraphQLFieldDefinition field, @Nullable Department department) {
		GraphQLAppliedDirective visibleTo = field.getAppliedDirective("visibleTo");
		if (visibleTo == null || department == null) {
			return false;
		}
		if (Boolean.TRUE.equals(visibleTo.getArgument("allDepartments").getValue())) {
			return true;
		}
		Object departments = visibleTo.getArgument("departments").getValue();
		return departments instanceof Collection<?> names && names.stream()
			.map(String::valueOf)
			.anyMatch(department.name()::equals);
	}

}
