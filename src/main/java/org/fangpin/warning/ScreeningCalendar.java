package org.fangpin.warning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fangpin.graphql.InputCheck;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * How the departments of a county screen (seed 000 第六条: at least once a quarter; seed 002: monthly): which
 * department pushed in each month and quarter, which did not, and the closed loop of their warnings from receipt
 * to verification, for a period or all along.
 */
@Service
public class ScreeningCalendar {

	private final WarningMapper warnings;

	private final Clock clock;

	ScreeningCalendar(WarningMapper warnings, Clock clock) {
		this.warnings = warnings;
		this.clock = clock;
	}

	/** One county's year, month by month and quarter by quarter, up to the current period. */
	public record CountyCalendar(String countyCode, int year, List<PeriodPushes> months, List<PeriodPushes> quarters) {
	}

	/**
	 * @param period its label: {@code 2026-11}, {@code 2026-Q4}
	 * @param current whether the period is still under way (a department may still push)
	 * @param pushed the departments that pushed in the period, with how many batches and items
	 * @param missing those that did not
	 */
	public record PeriodPushes(String period, LocalDate from, LocalDate until, boolean current,
			List<DepartmentPushes> pushed, List<Department> missing) {
	}

	public record DepartmentPushes(Department department, long batches, long items) {
	}

	/** Each county of the caller's, for the year. */
	public List<CountyCalendar> calendar(Caller caller, int year) {
		Scope scope = caller.scope();
		Period whole = Period.of(year, null, null);
		Map<String, List<WarningMapper.Pushed>> byCounty = this.warnings
			.findPushes(scope, whole.start(), whole.end())
			.stream()
			.collect(Collectors.groupingBy(WarningMapper.Pushed::countyCode, LinkedHashMap::new, Collectors.toList()));
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		List<Period> months = IntStream.rangeClosed(1, 12)
			.mapToObj((month) -> Period.month(YearMonth.of(year, month)))
			.filter((period) -> !period.from().isAfter(today))
			.toList();
		List<Period> quarters = IntStream.rangeClosed(1, 4)
			.mapToObj((quarter) -> Period.quarter(year, quarter))
			.filter((period) -> !period.from().isAfter(today))
			.toList();
		return scope.getCountyCodes().stream().map((county) -> {
			List<WarningMapper.Pushed> pushes = byCounty.getOrDefault(county, List.of());
			return new CountyCalendar(county, year, tally(months, pushes, today), tally(quarters, pushes, today));
		}).toList();
	}

	private static List<PeriodPushes> tally(List<Period> periods, List<WarningMapper.Pushed> pushes, LocalDate today) {
		List<PeriodPushes> tallied = new ArrayList<>();
		for (Period period : periods) {
			Map<Department, DepartmentPushes> pushed = new LinkedHashMap<>();
			pushes.stream().filter((push) -> period.contains(push.receivedAt())).forEach((push) -> pushed.merge(
					push.department(), new DepartmentPushes(push.department(), 1, push.itemCount()),
					(a, b) -> new DepartmentPushes(a.department(), a.batches() + b.batches(), a.items() + b.items())));
			List<Department> missing = Arrays.stream(Department.values()).filter((d) -> !pushed.containsKey(d)).toList();
			tallied.add(new PeriodPushes(period.label(), period.from(), period.until(), today.isBefore(period.until()),
					List.copyOf(pushed.values()), missing));
		}
		return tallied;
	}

	/**
	 * Per department, for the county's dashboard: the warnings received in the period (or all along), and how
	 * their verification went.
	 */
	public List<WarningMetrics> metrics(Caller caller, @Nullable Period period) {
		Scope scope = caller.scope();
		Map<Department, List<WarningMapper.Verification>> verifications = this.warnings
			.findVerifications(scope, (period != null) ? period.start() : null, (period != null) ? period.end() : null)
			.stream()
			.collect(Collectors.groupingBy(WarningMapper.Verification::department, LinkedHashMap::new,
					Collectors.toList()));
		return this.warnings
			.countByDepartment(scope, (period != null) ? period.start() : null, (period != null) ? period.end() : null)
			.stream()
			.map((counts) -> {
				List<WarningMapper.Verification> verified = verifications.getOrDefault(counts.department(), List.of());
				return new WarningMetrics(counts.department(), counts.received(), counts.matched(), counts.unmatched(),
						verified.size(), verified.stream().filter(WarningMapper.Verification::inTime).count(),
						verified.stream().filter(WarningMapper.Verification::confirmed).count(),
						WarningMetrics.median(verified.stream().map(WarningMapper.Verification::days).toList()));
			})
			.toList();
	}

}
