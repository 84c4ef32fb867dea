package org.fangpin.graphql;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Date} (ISO-8601 calendar date) and {@code DateTime} (ISO-8601 instant, UTC, always with
 * milliseconds), both within the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}; {@code Yuan} (an exact
 * amount of money, yuan with two places of fen, as a string); and {@code Float}, finite.
 * <p>
 * No date of this domain (a birth, a visit, a notice, a planned completion) lies outside those years, and
 * the database keeps four-digit years only: a year like {@code +10000} or {@code -0001} would fail there or
 * be stored changed. Refusing it while the input is read names the value and writes nothing.
 */
@Component
public class Scalars implements RuntimeWiringConfigurer {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	/** One shape for every time, whatever its milliseconds: {@code 2026-01-31T08:00:00.000Z}. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
		.withZone(ZoneOffset.UTC);

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(iso("Date", LocalDate.class, LocalDate::parse, LocalDate::toString, LocalDate::getYear))
			.scalar(iso("DateTime", Instant.class, (text) -> Instant.parse(text).truncatedTo(ChronoUnit.MILLIS),
					DATE_TIME::format, (instant) -> instant.atOffset(ZoneOffset.UTC).getYear()))
			.scalar(yuan());
		// The wiring is strict (graphql-java's default): defining a scalar twice is an error, except here,
		// where the built-in Float is replaced on purpose
		builder.strictMode(false).scalar(FiniteFloat.SCALAR).strictMode(true);
	}

	/**
	 * Money as a decimal string, {@code "6700.00"}: a JavaScript number would round it. Input may be a
	 * string or a number; its scale and sign are checked by the mutation, into {@code userErrors}.
	 */
	private static GraphQLScalarType yuan() {
		return GraphQLScalarType.newScalar().name("Yuan").coercing(new Coercing<BigDecimal, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof BigDecimal amount) {
					return yuan(amount);
				}
				throw new CoercingSerializeException("Not an amount: " + value);
			}

			@Override
			public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
				BigDecimal amount = (input instanceof Number || input instanceof String) ? amountOf(input.toString()) : null;
				if (amount == null) {
					throw new CoercingParseValueException("金额格式不正确 (Yuan is a decimal number): " + input);
				}
				return amount;
			}

			@Override
			public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				String text = switch (input) {
					case StringValue string -> string.getValue();
					case IntValue number -> number.getValue().toString();
					case FloatValue number -> number.getValue().toPlainString();
					default -> null;
				};
				BigDecimal amount = (text != null) ? amountOf(text) : null;
				if (amount == null) {
					throw new CoercingParseLiteralException("金额格式不正确 (Yuan is a decimal number)");
				}
				return amount;
			}

		}).build();
	}

	/** An amount as {@code Yuan} writes it, {@code "6700.00"}, wherever an amount leaves as text (an audit record). */
	public static String yuan(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static @Nullable BigDecimal amountOf(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <T> GraphQLScalarType iso(String name, Class<T> type, Function<String, T> parse,
			Function<T, String> format, ToIntFunction<T> year) {
		return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<T, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (type.isInstance(value)) {
					return format.apply(type.cast(value));
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
