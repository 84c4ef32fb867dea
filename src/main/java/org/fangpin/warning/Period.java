package org.fangpin.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.InputCheck;
import org.jspecify.annotations.Nullable;

/**
 * A calendar period of the county's time zone: a year, a quarter or a month, from its first day to the first
 * day of the next (seed 000 第六条: departments screen at least once a quarter; seed 002: every month).
 *
 * @param label {@code 2026}, {@code 2026-Q4} or {@code 2026-11}
 */
public record Period(String label, LocalDate from, LocalDate until) {

	static Period of(int year, @Nullable Integer quarter, @Nullable Integer month) {
		if (year < 2000 || year > 2100 || (quarter != null && month != null)
				|| (quarter != null && (quarter < 1 || quarter > 4)) || (month != null && (month < 1 || month > 12))) {
			throw ApiException.badInput("期间应为年份，或年份加季度(1-4)或月份(1-12)之一 (period: a year, with a quarter or a month)");
		}
		if (month != null) {
			return month(YearMonth.of(year, month));
		}
		if (quarter != null) {
			return quarter(year, quarter);
		}
		return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	static Period month(YearMonth month) {
		return new Period(month.toString(), month.atDay(1), month.plusMonths(1).atDay(1));
	}

	static Period quarter(int year, int quarter) {
		LocalDate from = LocalDate.of(year, 3 * quarter - 2, 1);
		return new Period(year + "-Q" + quarter, from, from.plusMonths(3));
	}

	Instant start() {
		return this.from.atStartOfDay(InputCheck.ZONE).toInstant();
	}

	Instant end() {
		return this.until.atStartOfDay(InputCheck.ZONE).toInstant();
	}

	boolean contains(Instant at) {
		return !at.isBefore(start()) && at.isBefore(end());
	}

}
