package org.fangpin.audit;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Auditors read the audit trail of their grids, masked; nobody else reads it; and it cannot be edited or
 * deleted through the API's own database account (V6's triggers).
 */
class AuditTrailTest extends ApiTest {

	private static final String TRAIL = """
			query($operation: String) {
			  auditRecords(operation: $operation, first: 5) {
			    totalCount
			    edges { node { occurredAt callerName roles grids operation targetType targetId requestId changes } }
			  }
			}""";

	@Test
	@SuppressWarnings("unchecked")
	void anAuditorReadsWhoChangedWhatWhenWithPersonalDataMasked() {
		String idNumber = TestData.newIdNumber();
		String household = graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, idNumber))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> latest = graphQlAs(Persona.AUDITOR).document(TRAIL)
			.variable("operation", "registerHousehold")
			.execute()
			.path("auditRecords.edges[0].node")
			.entity(Map.class)
			.get();
		assertThat(latest).containsEntry("targetId", household)
			.containsEntry("targetType", "Household")
			.containsEntry("roles", List.of("GRID_WORKER"))
			.containsEntry("grids", List.of(GROUP_A1_1))
			.containsEntry("callerName", "刘小红");
		assertThat((String) latest.get("changes")).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
		assertThat((String) latest.get("occurredAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
	}

	@Test
	void nobodyButAnAuditorReadsTheTrail() {
		for (Persona persona : List.of(Persona.COUNTY, Persona.VILLAGE, Persona.WORKER, Persona.CIVIL, Persona.RESIDENT,
				Persona.ADMIN)) {
			assertError(graphQlAs(persona).document(TRAIL).execute(), ErrorCode.FORBIDDEN, "auditRecords");
		}
	}

	@Test
	void theApisDatabaseAccountCannotChangeOrDeleteAnAuditRecord() {
		graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, TestData.newIdNumber()))
			.execute()
			.path("registerHousehold.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		Map<String, Object> record = this.jdbc.queryForMap(
				"SELECT id, caller_name, changes FROM audit_record ORDER BY id DESC LIMIT 1");
		long id = (Long) record.get("id");
		long count = count();

		assertThatThrownBy(() -> this.jdbc.update("UPDATE audit_record SET caller_name = 'someone else' WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("DELETE FROM audit_record WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");

		assertThat(this.jdbc.queryForMap("SELECT id, caller_name, changes FROM audit_record WHERE id = ?", id))
			.isEqualTo(record);
		assertThat(count()).isEqualTo(count);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_record", Long.class);
	}

}
