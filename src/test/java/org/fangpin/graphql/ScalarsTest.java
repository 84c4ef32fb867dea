package org.fangpin.graphql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.idl.RuntimeWiring;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the scalars let in: sane dates only, finite numbers only, and a message that names the value. */
class ScalarsTest {

	private static final RuntimeWiring WIRING = wiring();

	@Test
	void datesAreTakenFrom1900To2100() {
		assertThat(parse("Date", "1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(parse("Date", "2100-12-31")).isEqualTo(LocalDate.of(2100, 12, 31));
		for (String outside : new String[] { "+10000-01-01", "-0001-01-01", "+999981-01-01", "1899-12-31", "2101-01-01" }) {
			assertThatThrownBy(() -> parse("Date", outside)).isInstanceOf(CoercingParseValueException.class)
				.hasMessageContaining("超出 1900 至 2100 年的范围")
				.hasMessageContaining(outside);
			assertThatThrownBy(() -> literal("Date", new StringValue(outside)))
				.isInstanceOf(CoercingParseLiteralException.class)
				.hasMessageContaining(outside);
		}
		assertThatThrownBy(() -> parse("Date", "2026-02-30")).hasMessageContaining("格式不正确");
	}

	@Test
	void instantsAreTakenFrom1900To2100InUtc() {
		assertThat(parse("DateTime", "2026-01-31T08:00:00.1234Z")).isEqualTo(Instant.parse("2026-01-31T08:00:00.123Z"));
		assertThat(parse("DateTime", "1900-01-01T00:00:00Z")).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
		for (String outside : new String[] { "1800-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
				"1899-12-31T23:59:59Z", "2101-01-01T00:00:00Z" }) {
			assertThatThrownBy(() -> parse("DateTime", outside)).isInstanceOf(CoercingParseValueException.class)
				.hasMessageContaining(outside);
			assertThatThrownBy(() -> literal("DateTime", new StringValue(outside)))
				.isInstanceOf(CoercingParseLiteralException.class);
		}
	}

	@Test
	void floatsAreFinite() {
		assertThat(parse("Float", 6700.5)).isEqualTo(6700.5);
		assertThat(parse("Float", 12)).isEqualTo(12.0);
		for (Object infinite : new Object[] { Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
				new BigDecimal("1e400") }) {
			assertThatThrownBy(() -> parse("Float", infinite)).isInstanceOf(CoercingParseValueException.class)
				.hasMessageContaining("有限数");
		}
		assertThatThrownBy(() -> literal("Float", new FloatValue(new BigDecimal("1e999"))))
			.isInstanceOf(CoercingParseLiteralException.class)
			.hasMessageContaining("有限数")
			.hasMessageContaining("1E+999");
		assertThat(literal("Float", new FloatValue(new BigDecimal("0.5")))).isEqualTo(0.5);
	}

	private static Object parse(String scalar, Object input) {
		return WIRING.getScalars().get(scalar).getCoercing().parseValue(input, GraphQLContext.getDefault(), Locale.ROOT);
	}

	private static Object literal(String scalar, Value<?> input) {
		return WIRING.getScalars()
			.get(scalar)
			.getCoercing()
			.parseLiteral(input, CoercedVariables.emptyVariables(), GraphQLContext.getDefault(), Locale.ROOT);
	}

	private static RuntimeWiring wiring() {
		RuntimeWiring.Builder builder = RuntimeWiring.newRuntimeWiring();
		new Scalars().configure(builder);
		return builder.build();
	}

}
