package org.fangpin.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.fangpin.graphql.Page;
import org.jspecify.annotations.Nullable;

/**
 * What an operation asks of the API, measured on its document before anything runs.
 * <p>
 * The cost estimates the records it may resolve: every field costs 1 ({@code __typename} nothing) plus what
 * it selects, and a field that returns a page (it takes {@code first}) costs that many times as much: its page
 * size, {@value Page#DEFAULT_SIZE} when not given. An unpaged list of records counts as holding what the
 * schema declares it holds ({@code @listSize}: a grid's children, a caller's own grids), or else {@code listSize}
 * (a household's members); the {@code edges} of a page are already counted by the page. Without the declared
 * sizes a county's whole tree, four lists deep, was estimated as 10,000 grids and refused; with them it is
 * estimated as about 3,500, while a page of households under each grid still costs its size. Aliases and
 * fragments are counted every time they are used, so asking for the same page under 200 aliases costs 200
 * pages.
 * <p>
 * Fragments are measured once each and reused, so that a document whose fragments spread each other many
 * times over (a "fragment bomb") is measured in the time it takes to read it, and then refused.
 *
 * @param depth the deepest nesting of fields (a root field is at depth 1; introspection counts as 1)
 * @param fields the fields selected, fragments spread out
 * @param aliases the aliased fields, fragments spread out
 * @param cost the estimated cost
 */
public record OperationShape(int depth, long fields, long aliases, long cost) {

	private static final OperationShape NOTHING = new OperationShape(0, 0, 0, 0);

	private static final String LIST_SIZE = "listSize";

	/**
	 * @param variables the operation's coerced variables (a page size may be one)
	 */
	public static OperationShape measure(GraphQLSchema schema, Document document, OperationDefinition operation,
			Map<String, Object> variables, int listSize) {
		GraphQLObjectType root = switch (operation.getOperation()) {
			case QUERY -> schema.getQueryType();
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
		};
		if (root == null) {
			return NOTHING;
		}
		return new Measure(schema, document, variables, listSize).selections(operation.getSelectionSet(), root);
	}

	private OperationShape plus(OperationShape other) {
		return new OperationShape(Math.max(this.depth, other.depth), add(this.fields, other.fields),
				add(this.aliases, other.aliases), add(this.cost, other.cost));
	}

	/** Counts saturate instead of overflowing: a document built to overflow them is simply too big. */
	private static long add(long a, long b) {
		long sum = a + b;
		return (sum < 0) ? Long.MAX_VALUE : sum;
	}

	private static long times(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static final class Measure {

		private final GraphQLSchema schema;

		private final Map<String, FragmentDefinition> fragments = new HashMap<>();

		private final Map<String, OperationShape> measured = new HashMap<>();

		private final Set<String> measuring = new HashSet<>();

		private final Map<String, Object> variables;

		private final int listSize;

		Measure(GraphQLSchema schema, Document document, Map<String, Object> variables, int listSize) {
			this.schema = schema;
			this.variables = variables;
			this.listSize = listSize;
			document.getDefinitionsOfType(FragmentDefinition.class)
				.forEach((fragment) -> this.fragments.putIfAbsent(fragment.getName(), fragment));
		}

		OperationShape selections(@Nullable SelectionSet selectionSet, GraphQLCompositeType parent) {
			OperationShape total = NOTHING;
			if (selectionSet == null) {
				return total;
			}
			for (Selection<?> selection : selectionSet.getSelections()) {
				OperationShape part = switch (selection) {
					case Field field -> field(field, parent);
					case InlineFragment inline -> selections(inline.getSelectionSet(),
							(inline.getTypeCondition() != null) ? typeNamed(inline.getTypeCondition().getName(), parent)
									: parent);
					case FragmentSpread spread -> fragment(spread.getName(), parent);
					default -> NOTHING;
				};
				total = total.plus(part);
			}
			return total;
		}

		private OperationShape fragment(String name, GraphQLCompositeType parent) {
			OperationShape known = this.measured.get(name);
			if (known != null) {
				return known;
			}
			FragmentDefinition fragment = this.fragments.get(name);
			// a fragment that spreads itself is refused by validation; it must not loop here
			if (fragment == null || !this.measuring.add(name)) {
				return NOTHING;
			}
			OperationShape shape = selections(fragment.getSelectionSet(),
					typeNamed(fragment.getTypeCondition().getName(), parent));
			this.measuring.remove(name);
			this.measured.put(name, shape);
			return shape;
		}

		private OperationShape field(Field field, GraphQLCompositeType parent) {
			GraphQLFieldDefinition definition = definition(parent, field.getName());
			long alias = (field.getAlias() != null) ? 1 : 0;
			if (definition == null || definition == this.schema.getIntrospectionTypenameFieldDefinition()) {
				return new OperationShape(1, 1, alias, 0);
			}
			GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
			OperationShape selected = (GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType composite)
					? selections(field.getSelectionSet(), composite) : NOTHING;
			long multiplier = multiplier(field, definition, parent, GraphQLTypeUtil.isList(type)
					&& GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType);
			// the schema's description is in memory, and graphql-java keeps introspection in good faith (depth, size)
			int depth = definition.getName().startsWith("__") ? 1 : selected.depth + 1;
			return new OperationShape(depth, add(selected.fields, 1), add(selected.aliases, alias),
					times(multiplier, add(selected.cost, 1)));
		}

		private long multiplier(Field field, GraphQLFieldDefinition definition, GraphQLCompositeType parent,
				boolean listOfRecords) {
			if (definition.getArgument("first") != null) {
				return pageSize(field);
			}
			// the schema's description is in memory, and the edges of a page are counted by the page
			boolean counted = parent.getName().startsWith("__") || definition.getName().startsWith("__")
					|| (parent.getName().endsWith("Connection") && definition.getName().equals("edges"));
			return (listOfRecords && !counted) ? declaredSize(definition) : 1;
		}

		/** The size the schema declares for the list ({@code @listSize}), or the default. */
		private long declaredSize(GraphQLFieldDefinition definition) {
			GraphQLAppliedDirective declared = definition.getAppliedDirective(LIST_SIZE);
			Object size = (declared != null) ? declared.getArgument("assumedSize").getValue() : null;
			return (size instanceof Number number) ? number.longValue() : this.listSize;
		}

		/** What the page will hold at most; a size out of range is refused by the page itself. */
		private long pageSize(Field field) {
			Argument first = field.getArguments()
				.stream()
				.filter((argument) -> argument.getName().equals("first"))
				.findFirst()
				.orElse(null);
			Object size = (first != null) ? valueOf(first.getValue()) : null;
			if (!(size instanceof Number number)) {
				return Page.DEFAULT_SIZE;
			}
			return Math.clamp(number.longValue(), 1, Page.MAX_SIZE);
		}

		private @Nullable Object valueOf(Value<?> value) {
			return switch (value) {
				case IntValue number -> number.getValue();
				case VariableReference variable -> this.variables.get(variable.getName());
				default -> null;
			};
		}

		private @Nullable GraphQLFieldDefinition definition(GraphQLCompositeType parent, String name) {
			try {
				return Introspection.getFieldDef(this.schema, parent, name);
			}
			catch (RuntimeException ex) {
				// not a field of the type: validation reports it; here it counts as a leaf
				return null;
			}
		}

		private GraphQLCompositeType typeNamed(String name, GraphQLCompositeType fallback) {
			return (this.schema.getType(name) instanceof GraphQLCompositeType type) ? type : fallback;
		}

	}

}
