package org.fangpin.graphql;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.jspecify.annotations.Nullable;

/**
 * The built-in {@code Float}, except that a literal too large for a double ({@code 1e999}, which becomes
 * Infinity) is refused like a variable of Infinity or NaN already is, and both say so to the cadre. Every
 * Float input of the schema is an amount: a non-finite one used to fail later, as INTERNAL.
 */
final class FiniteFloat implements Coercing<Double, Double> {

	static final GraphQLScalarType SCALAR = graphql.Scalars.GraphQLFloat.transform((scalar) -> scalar
		.coercing(new FiniteFloat()));

	@SuppressWarnings("unchecked")
	private final Coercing<Double, Double> standard = (Coercing<Double, Double>) graphql.Scalars.GraphQLFloat.getCoercing();

	private FiniteFloat() {
	}

	@Override
	public @Nullable Double serialize(Object value, GraphQLContext context, Locale locale) {
		return this.standard.serialize(value, context, locale);
	}

	@Override
	public Double parseValue(Object input, GraphQLContext context, Locale locale) {
		if (input instanceof Number number && !Double.isFinite(number.doubleValue())) {
			throw new CoercingParseValueException(message(input));
		}
		return this.standard.parseValue(input, context, locale);
	}

	@Override
	public @Nullable Double parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
			Locale locale) {
		Double value = this.standard.parseLiteral(input, variables, context, locale);
		if (value != null && !Double.isFinite(value)) {
			throw new CoercingParseLiteralException(message(input));
		}
		return value;
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return this.standard.valueToLiteral(input, context, locale);
	}

	private static String message(Object input) {
		Object shown = (input instanceof FloatValue literal) ? literal.getValue() : input;
		return "数值应为有限数 (BAD_USER_INPUT: not a finite number): " + shown;
	}

}
