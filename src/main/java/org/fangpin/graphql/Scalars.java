package org.fangpin.graphql;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Date} (ISO-8601 calendar date) and {@code DateTime} (ISO-8601 instant, UTC, milliseconds), both
 * within the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; and {@code Float}, finite.
 * <p>
 * No date of this domain (a birth, a visit, a notice, a planned completion) lies outside those years, and
 * the database keeps four-digit years only: a year like {@code +10000} or {@code -0001} would fail there or
 * be stored changed. Refusing it while the input is read names the value and writes nothing.
 */
@Component
class Scalars implements RuntimeWiringConfigurer {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(iso("Date", LocalDate.class, LocalDate::parse, LocalDate::getYear))
			.scalar(iso("DateTime", Instant.class, (text) -> Instant.parse(text).truncatedTo(ChronoUnit.MILLIS),
					(instant) -> instant.atOffset(ZoneOffset.UTC).getYear()));
		// The wiring is strict (graphql-java's default): defining a scalar twice is an error, except here,
		// where the built-in Float is replaced on purpose
		builder.strictMode(false).scalar(FiniteFloat.SCALAR).strictMode(true);
	}

	private static <T> GraphQLScalarType iso(String name, Class<T> type, Function<String, T> parse,
			ToIntFunction<T> year) {
		return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return value.toString();
				}
				throw new CoercingSerializeException("Not a " + name + ": " + value);
			}

			@Override
			public T parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return inRange(parse.apply(input.toString()), input);
				}
				catch (DateTimeException ex) {
					throw new CoercingParseValueException(name + " 格式不正确 (not an ISO-8601 " + name + "): " + input);
				}
				catch (IllegalArgumentException ex) {
					throw new CoercingParseValueException(ex.getMessage());
				}
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return inRange(parse.apply(text.getValue()), text.getValue());
					}
					catch (DateTimeException ex) {
						// reported below
					}
					catch (IllegalArgumentException ex) {
						throw new CoercingParseLiteralException(ex.getMessage());
					}
				}
				throw new CoercingParseLiteralException(name + " 格式不正确 (not an ISO-8601 " + name + ")");
			}

			private T inRange(T value, Object input) {
				int valueYear = year.applyAsInt(value);
				if (valueYear < FIRST_YEAR || valueYear > LAST_YEAR) {
					throw new IllegalArgumentException("%s 超出 %d 至 %d 年的范围: %s (BAD_USER_INPUT: %s outside the years %d to %d)"
						.formatted(name, FIRST_YEAR, LAST_YEAR, input, name, FIRST_YEAR, LAST_YEAR));
				}
				return value;
			}

		}).build();
	}

}
