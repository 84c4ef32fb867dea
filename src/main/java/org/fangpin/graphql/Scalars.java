package org.fangpin.graphql;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;

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

/** {@code Date} (ISO-8601 calendar date) and {@code DateTime} (ISO-8601 instant, UTC, milliseconds). */
@Component
class Scalars implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.scalar(iso("Date", LocalDate.class, LocalDate::parse))
			.scalar(iso("DateTime", Instant.class,
					(text) -> Instant.parse(text).truncatedTo(ChronoUnit.MILLIS)));
	}

	private static <T> GraphQLScalarType iso(String name, Class<T> type, Function<String, T> parse) {
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
