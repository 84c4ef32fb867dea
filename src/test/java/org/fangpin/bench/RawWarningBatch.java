package org.fangpin.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor for a department's batch: the rows a push of matched warnings writes (the batch, a lead, a
 * warning and a result per item, the audit record), with the same values as the API's, matched by household
 * number, written with plain JDBC batches in one transaction. Its ids are negative, apart from the
 * application's.
 */
final class RawWarningBatch {

	/** The name the API records for the health department's system. */
	private static final String CALLER = "service-account-fangpin-dept-health";

	/** The facts as the API stores them: every field of {@code WarningFacts}, in order. */
	private static final String FACTS = "{\"outOfPocketMedicalCost\":12000,\"disabilityGrade\":null,"
			+ "\"subsistenceStoppedOn\":null,\"schoolDropout\":null,\"disasterLoss\":null,\"note\":\"住院自付费用高\"}";

	private RawWarningBatch() {
	}

	static void insert(Connection connection, String batchId, String county, List<String> householdNumbers,
			String observedOn) throws Exception {
		long base = -System.currentTimeMillis() * 10_000;
		Instant now = Instant.now();
		connection.setAutoCommit(false);
		try {
			Map<String, Long> households = households(connection, householdNumbers);
			long batch = base;
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO warning_batch (id, department, batch_id, content_hash, county_code, item_count,
					                           received_by, received_at) VALUES (?, 'HEALTH', ?, ?, ?, ?, ?, ?)""")) {
				insert.setLong(1, batch);
				insert.setString(2, batchId);
				insert.setBytes(3, MessageDigest.getInstance("SHA-256").digest(batchId.getBytes(StandardCharsets.UTF_8)));
				insert.setString(4, county);
				insert.setInt(5, householdNumbers.size());
				insert.setString(6, CALLER);
				insert.setObject(7, utc(now));
				insert.executeUpdate();
			}
			try (PreparedStatement lead = connection.prepareStatement("""
					INSERT INTO risk_lead (id, household_id, source, risk_types, description, status, reported_by,
					                       reported_at, decide_by, version)
					VALUES (?, ?, 'DEPARTMENT_WARNING', 'ILLNESS', ?, 'OPEN', ?, ?, ?, 0)""");
					PreparedStatement warning = connection.prepareStatement("""
							INSERT INTO department_warning (id, batch_id, department, reference_id, county_code, household_id,
							    household_number, risk_types, observed_on, facts, status, lead_id, verify_by, received_at,
							    change_seq, version)
							VALUES (?, ?, 'HEALTH', ?, ?, ?, ?, 'ILLNESS', ?, ?, 'PENDING_VERIFICATION', ?, ?, ?, ?, 0)""");
					PreparedStatement result = connection.prepareStatement("""
							INSERT INTO warning_result (batch_id, position, reference_id, outcome, warning_id)
							VALUES (?, ?, ?, 'ACCEPTED', ?)""");
					PreparedStatement change = connection.prepareStatement("""
							INSERT INTO warning_change (id, warning_id, department, county_code, reference_id, kind, status,
							    occurred_at) VALUES (?, ?, 'HEALTH', ?, ?, 'RECEIVED', 'PENDING_VERIFICATION', ?)""")) {
				for (int k = 0; k < householdNumbers.size(); k++) {
					long leadId = base - 1 - 2L * k;
					long warningId = base - 2 - 2L * k;
					String reference = batchId + "-" + k;
					lead.setLong(1, leadId);
					lead.setLong(2, households.get(householdNumbers.get(k)));
					lead.setString(3, "部门筛查预警（HEALTH，编号" + reference + "，" + observedOn + "）：自付医疗费用12000元；住院自付费用高");
					lead.setString(4, CALLER);
					lead.setObject(5, utc(now));
					lead.setObject(6, utc(now.plusSeconds(7 * 86_400)));
					lead.addBatch();
					warning.setLong(1, warningId);
					warning.setLong(2, batch);
					warning.setString(3, reference);
					warning.setString(4, county);
					warning.setLong(5, households.get(householdNumbers.get(k)));
					warning.setString(6, householdNumbers.get(k));
					warning.setObject(7, LocalDate.parse(observedOn));
					warning.setString(8, FACTS);
					warning.setLong(9, leadId);
					warning.setObject(10, utc(now.plusSeconds(7 * 86_400)));
					warning.setObject(11, utc(now));
					warning.setLong(12, -warningId);
					warning.addBatch();
					result.setLong(1, batch);
					result.setInt(2, k);
					result.setString(3, reference);
					result.setLong(4, warningId);
					result.addBatch();
					change.setLong(1, -warningId);
					change.setLong(2, warningId);
					change.setString(3, county);
					change.setString(4, reference);
					change.setObject(5, utc(now));
					change.addBatch();
				}
				lead.executeBatch();
				warning.executeBatch();
				result.executeBatch();
				change.executeBatch();
			}
			try (PreparedStatement audit = connection.prepareStatement("""
					INSERT INTO audit_record (id, occurred_at, subject, caller_name, roles, grids, operation, target_type,
					                          target_id, request_id, changes)
					VALUES (?, ?, 'bench', ?, 'department', ?, 'pushWarnings', 'WarningBatch', ?, ?, ?)""")) {
				audit.setLong(1, base - 1 - 2L * householdNumbers.size());
				audit.setObject(2, utc(now));
				audit.setString(3, CALLER);
				audit.setString(4, county);
				audit.setLong(5, batch);
				audit.setString(6, batchId);
				audit.setString(7, "{\"batchId\":{\"before\":null,\"after\":\"" + batchId + "\"},\"items\":{\"before\":null,"
						+ "\"after\":" + householdNumbers.size() + "},\"ACCEPTED\":{\"before\":null,\"after\":"
						+ householdNumbers.size() + "}}");
				audit.executeUpdate();
			}
			connection.commit();
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/** As the API binds instants: a UTC date-time, which the driver formats without a SimpleDateFormat per value. */
	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Map<String, Long> households(Connection connection, List<String> numbers) throws SQLException {
		String marks = String.join(",", Collections.nCopies(numbers.size(), "?"));
		Map<String, Long> ids = new HashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT household_number, id FROM household WHERE household_number IN (" + marks + ")")) {
			for (int i = 0; i < numbers.size(); i++) {
				select.setString(i + 1, numbers.get(i));
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return ids;
	}

}
