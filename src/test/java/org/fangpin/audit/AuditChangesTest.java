package org.fangpin.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * An audit record's changes as a JavaScript client reads them without loss: other records by global id,
 * amounts as {@code Yuan} strings, and raw ids beyond 2^53 of records written before given as strings.
 */
class AuditChangesTest extends LifecycleTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void changesReferToRecordsByGlobalIdAndGiveAmountsAsYuan() {
		Map<String, Object> opened = openCase(newHousehold());
		String measure = planMeasure(opened, "INDUSTRY", today().plusDays(30));
		JsonNode changes = this.json.readTree(this.jdbc.queryForObject(
				"SELECT changes FROM audit_record WHERE operation = 'planMeasure' AND target_id = ?", String.class,
				rowId(measure)));
		assertThat(changes.path("case").path("after").asString()).isEqualTo(opened.get("id"));
		assertThat(changes.path("funds").path("after").isString()).isTrue();
		assertThat(changes.path("funds").path("after").asString()).isEqualTo("0.00");
	}

	@Test
	void aRawIdOfARecordWrittenBeforeIsGivenAsAString() {
		String operation = "legacy-" + System.nanoTime();
		this.jdbc.update("""
				INSERT INTO audit_record (id, occurred_at, subject, caller_name, roles, grids, operation, target_type,
				                          target_id, request_id, changes)
				VALUES (?, ?, 'legacy', '刘小红', 'grid-worker', ?, ?, 'Measure', 1, 'legacy',
				        '{"case":{"before":null,"after":387864994449756163},"funds":{"before":null,"after":3}}')""",
				System.nanoTime(), Timestamp.from(Instant.now()), GROUP_A1_1, operation);
		String changes = graphQlAs(Persona.AUDITOR)
			.document("query($operation: String) { auditRecords(operation: $operation, first: 1) { edges { node { changes } } } }")
			.variable("operation", operation)
			.execute()
			.path("auditRecords.edges[0].node.changes")
			.entity(String.class)
			.get();
		assertThat(changes).contains("\"387864994449756163\"").contains("\"after\":3");
	}

}
