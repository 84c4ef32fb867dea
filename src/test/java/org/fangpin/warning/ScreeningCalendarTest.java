package org.fangpin.warning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which department pushed in each month and quarter, per county, with those that did not (seed 000 第六条: at least
 * once a quarter; seed 002: monthly); the metrics of one period count only the warnings received in it.
 */
class ScreeningCalendarTest extends WarningFlows {

	@Test
	@SuppressWarnings("unchecked")
	void theCalendarShowsWhoPushedInEachMonthAndQuarterAndWhoDidNot() {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Shanghai")));
		// education pushed once, three months ago (in this year if the year is long enough)
		LocalDate earlier = today.minusMonths(3);
		this.clock.advance(Duration.ofDays(-(today.toEpochDay() - earlier.toEpochDay())));
		Map<String, Object> old = item("edu", newHousehold());
		old.remove("householdNumber");
		old.put("idNumber", TestData.newIdNumber());
		old.put("observedOn", earlier.minusDays(1).toString());
		push(Persona.EDUCATION_SYSTEM, "edu", List.of(old)).path("pushWarnings.userErrors").entityList(Object.class).hasSize(0);
		this.clock.reset();
		Map<String, Object> now = item("health", newHousehold());
		now.put("observedOn", today.minusDays(1).toString());
		push(Persona.HEALTH_SYSTEM, "health", List.of(now)).path("pushWarnings.userErrors").entityList(Object.class).hasSize(0);

		Map<String, Object> calendar = calendar(today.getYear());
		assertThat(calendar.get("countyCode")).isEqualTo("999901");
		Map<String, Object> thisMonth = period(calendar, "months", today.toString().substring(0, 7));
		assertThat(thisMonth.get("current")).isEqualTo(true);
		assertThat(departments(thisMonth)).contains("HEALTH");
		assertThat((List<Object>) thisMonth.get("missing")).contains("WATER").doesNotContain("HEALTH");
		if (earlier.getYear() == today.getYear()) {
			Map<String, Object> thatMonth = period(calendar, "months", earlier.toString().substring(0, 7));
			assertThat(thatMonth.get("current")).isEqualTo(false);
			assertThat(departments(thatMonth)).contains("EDUCATION");
			String quarter = earlier.getYear() + "-Q" + ((earlier.getMonthValue() - 1) / 3 + 1);
			assertThat(departments(period(calendar, "quarters", quarter))).contains("EDUCATION");
		}
		assertThat((List<?>) calendar.get("months")).hasSize(today.getMonthValue());

		// metrics of this month count this month's warnings only
		Map<String, Object> month = Map.of("year", today.getYear(), "month", today.getMonthValue());
		List<Map<String, Object>> metrics = graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("periodMetrics")
			.variable("period", month)
			.execute()
			.path("warningMetrics")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(metrics).extracting((row) -> row.get("department")).contains("HEALTH").doesNotContain("EDUCATION");
		graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("periodMetrics")
			.variable("period", Map.of("year", today.getYear(), "month", 13))
			.execute()
			.errors()
			.expect((error) -> "BAD_USER_INPUT".equals(error.getExtensions().get("code")))
			.verify();
		this.jdbc.update("DELETE FROM warning_change WHERE reference_id = ?", this.run + "-edu");
		this.jdbc.update("DELETE FROM department_warning WHERE reference_id = ?", this.run + "-edu");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> calendar(int year) {
		return graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("calendar")
			.variable("year", year)
			.execute()
			.path("screeningCalendar[0]")
			.entity(Map.class)
			.get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> period(Map<String, Object> calendar, String kind, String label) {
		return ((List<Map<String, Object>>) calendar.get(kind)).stream()
			.filter((period) -> label.equals(period.get("period")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no period " + label));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> departments(Map<String, Object> period) {
		return ((List<Map<String, Object>>) period.get("pushed")).stream().map((pushed) -> pushed.get("department")).toList();
	}

}
