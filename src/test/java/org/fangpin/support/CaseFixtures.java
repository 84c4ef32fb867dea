package org.fangpin.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases and measures written straight into the tables for demo households, for tests that read them back in
 * bulk (ledgers, statistics, data quality) and need no procedure run through; {@link #remove} takes them out
 * again so that the demo county is left as it was.
 */
public final class CaseFixtures {

	private static final Set<String> CLOSED = Set.of("REJECTED", "RISK_ELIMINATED", "CLEARED");

	/** Far above the demo data's ids and below the generated ones of the same test run. */
	private static final AtomicLong nextId = new AtomicLong(900_000_000L);

	private final List<Long> cases = new ArrayList<>();

	private final List<Long> measures = new ArrayList<>();

	private final Map<Long, Long> caseOfHousehold = new HashMap<>();

	/** Opens a case (type MARGINAL) for a household of the group that has none, identified a week ago. */
	public long monitoredHousehold(JdbcTemplate jdbc, String groupCode, String status, String riskTypes) {
		long household = jdbc.queryForObject("""
				SELECT MIN(h.id) FROM household h WHERE h.group_code = ?
				AND NOT EXISTS (SELECT 1 FROM monitored_case c WHERE c.household_id = h.id)""", Long.class, groupCode);
		long id = nextId.incrementAndGet();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Timestamp discovered = Timestamp.from(now.minus(20, ChronoUnit.DAYS));
		boolean closed = CLOSED.contains(status);
		jdbc.update("""
				INSERT INTO monitored_case (id, household_id, active_household_id, type, risk_types, status, discovered_at,
				  deadline, identified_at, closed_at, contact_cadre_name, created_at, updated_at, version)
				VALUES (?, ?, ?, 'MARGINAL', ?, ?, ?, ?, ?, ?, '王包抓', ?, ?, 0)""", id, household,
				closed ? null : household, riskTypes, status, discovered, Timestamp.from(now.minus(5, ChronoUnit.DAYS)),
				Timestamp.from(now.minus(7, ChronoUnit.DAYS)), closed ? Timestamp.from(now) : null, discovered,
				discovered);
		this.cases.add(id);
		this.caseOfHousehold.put(household, id);
		return household;
	}

	/** Plans a measure in the case opened for the household. */
	public long measure(JdbcTemplate jdbc, long household, String category, String content, String status) {
		long id = nextId.incrementAndGet();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update("""
				INSERT INTO measure (id, case_id, member_id, category, content, responsible_department, responsible_cadre,
				  funds, planned_completion, status, completed_on, created_at, updated_at, version)
				VALUES (?, ?, NULL, ?, ?, '县农业农村局', '李责任', 1200.00, ?, ?, ?, ?, ?, 0)""", id,
				this.caseOfHousehold.get(household), category, content, LocalDate.now().plusMonths(2), status,
				"COMPLETED".equals(status) ? LocalDate.now() : null, now, now);
		this.measures.add(id);
		return id;
	}

	public void remove(JdbcTemplate jdbc) {
		this.measures.forEach((id) -> jdbc.update("DELETE FROM measure WHERE id = ?", id));
		this.cases.forEach((id) -> jdbc.update("DELETE FROM case_event WHERE case_id = ?", id));
		this.cases.forEach((id) -> jdbc.update("DELETE FROM monitored_case WHERE id = ?", id));
		this.measures.clear();
		this.cases.clear();
		this.caseOfHousehold.clear();
	}

}
