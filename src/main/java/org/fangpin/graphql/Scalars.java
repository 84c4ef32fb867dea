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
 * {@code Date} (ISO-8601 calendar date), {@code DateTime} (ISO-8601 instant, UTC, always with milliseconds)
 * and {@code Yuan} (an exact amount of money, yuan with two places of fen, as a string).
 */
@Component
class Scalars implements RuntimeWiringConfigurer {

	/** One shape for every time, whatever its milliseconds: {@code 2026-01-31T08:00:00.000Z}. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX")
		.withZone(ZoneOffset.UTC);

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(iso("Date", LocalDate.class, LocalDate::parse, LocalDate::toString))
			.scalar(iso("DateTime", Instant.class, (text) -> Instant.parse(text).truncatedTo(ChronoUnit.MILLIS),
					DATE_TIME::format))
			.scalar(yuan());
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
					return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
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

	private static @Nullable BigDecimal amountOf(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static <T> GraphQLScalarType iso(String name, Class<T> type, Function<String, T> parse,
			Function<T, String> format) {
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
					return parse.apply(input.toString());
				}
				catch (DateTimeException ex) {
					throw new CoercingParseValueException(name + " 格式不正确 (not an ISO-8601 " + name + "): " + input);
				}
			}

			@Override
			public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
				if (input instanceof StringValue text) {
					try {
						return parse.apply(text.getValue());
					}
					catch (DateTimeException ex) {
						// reported below
					}
				}
				throw new CoercingParseLiteralException(name + " 格式不正确 (not an ISO-8601 " + name + ")");
			}

		}).build();
	}

}
