package org.fangpin.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor for a department's batch: the rows a push of matched warnings writes (the batch, a lead, a
 * warning and a result per item), matched by household number, written with plain JDBC batches in one
 * transaction. Its ids are negative, apart from the application's.
 */
final class RawWarningBatch {

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
					                           received_by, received_at) VALUES (?, 'HEALTH', ?, ?, ?, ?, 'bench', ?)""")) {
				insert.setLong(1, batch);
				insert.setString(2, batchId);
				insert.setBytes(3, MessageDigest.getInstance("SHA-256").digest(batchId.getBytes(StandardCharsets.UTF_8)));
				insert.setString(4, county);
				insert.setInt(5, householdNumbers.size());
				insert.setTimestamp(6, Timestamp.from(now));
				insert.executeUpdate();
			}
			try (PreparedStatement lead = connection.prepareStatement("""
					INSERT INTO risk_lead (id, household_id, source, risk_types, description, status, reported_by,
					                       reported_at, version) VALUES (?, ?, 'DEPARTMENT_WARNING', 'ILLNESS', ?, 'OPEN', 'bench', ?, 0)""");
					PreparedStatement warning = connection.prepareStatement("""
							INSERT INTO department_warning (id, batch_id, department, reference_id, county_code, household_id,
							    household_number, risk_types, observed_on, facts, status, lead_id, verify_by, received_at,
							    change_seq, version)
							VALUES (?, ?, 'HEALTH', ?, ?, ?, ?, 'ILLNESS', ?, ?, 'PENDING_VERIFICATION', ?, ?, ?, ?, 0)""");
					PreparedStatement result = connection.prepareStatement("""
							INSERT INTO warning_result (batch_id, position, reference_id, outcome, warning_id)
							VALUES (?, ?, ?, 'ACCEPTED', ?)""")) {
				for (int k = 0; k < householdNumbers.size(); k++) {
					long leadId = base - 1 - 2L * k;
					long warningId = base - 2 - 2L * k;
					String reference = batchId + "-" + k;
					lead.setLong(1, leadId);
					lead.setLong(2, households.get(householdNumbers.get(k)));
					lead.setString(3, "部门筛查预警（HEALTH，编号" + reference + "）：自付医疗费用12000元；住院自付费用高");
					lead.setTimestamp(4, Timestamp.from(now));
					lead.addBatch();
					warning.setLong(1, warningId);
					warning.setLong(2, batch);
					warning.setString(3, reference);
					warning.setString(4, county);
					warning.setLong(5, households.get(householdNumbers.get(k)));
					warning.setString(6, householdNumbers.get(k));
					warning.setDate(7, Date.valueOf(LocalDate.parse(observedOn)));
					warning.setString(8, "{\"outOfPocketMedicalCost\":12000,\"note\":\"住院自付费用高\"}");
					warning.setLong(9, leadId);
					warning.setTimestamp(10, Timestamp.from(now.plusSeconds(7 * 86_400)));
					warning.setTimestamp(11, Timestamp.from(now));
					warning.setLong(12, -warningId);
					warning.addBatch();
					result.setLong(1, batch);
					result.setInt(2, k);
					result.setString(3, reference);
					result.setLong(4, warningId);
					result.addBatch();
				}
				lead.executeBatch();
				warning.executeBatch();
				result.executeBatch();
			}
			connection.commit();
		}
		finally {
			connection.setAutoCommit(true);
		}
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
