package org.fangpin.warning;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department's change feed tells the whole outcome of each of its warnings (seed 001: 反馈核实结果), in
 * cursor order: receipt, verification, then identification or not, elimination, rollback and clearance of the
 * case it went into, with their dates; another department reads none of it.
 */
class WarningFeedTest extends WarningFlows {

	@Test
	void theFeedFollowsAWarningsCaseFromVerificationToClearance() {
		String household = newHousehold();
		String reference = this.run + "-whole";
		Map<String, Object> monitored = receivedAndConfirmed(item("whole", household));

		Map<String, Object> current = toApproval(monitored);
		current = step(Persona.COUNTY, "approveCase", input(current));
		current = toEliminationApproval(current);
		current = step(Persona.COUNTY, "approveElimination", input(current, "kind", "NATURAL"));
		// each on the township's written application (seed 004)
		current = step(Persona.COUNTY, "rollBackCase",
				input(applied("applyForRollback", current, "UNSTABLE"), "reason", "UNSTABLE", "note", "复发"));
		step(Persona.COUNTY, "clearCase",
				input(applied("applyForClearance", current, "FAVOURITISM"), "reason", "FAVOURITISM", "note", "村干部亲属"));

		List<Map<String, Object>> changes = feed(Persona.HEALTH_SYSTEM).stream()
			.filter((change) -> reference.equals(change.get("referenceId")))
			.toList();
		assertThat(changes).extracting((change) -> change.get("kind"))
			.containsExactly("RECEIVED", "VERIFIED", "IDENTIFIED", "RISK_ELIMINATED", "ROLLED_BACK", "CLEARED");
		assertThat(changes).extracting((change) -> change.get("caseStatus"))
			.containsExactly(null, "PENDING_COMMITMENT", "MONITORING", "RISK_ELIMINATED", "MONITORING", "CLEARED");
		assertThat(changes.subList(1, changes.size())).allSatisfy((change) -> {
			assertThat(change.get("status")).isEqualTo("CONFIRMED");
			assertThat(change.get("caseType")).isEqualTo("SUDDEN_HARDSHIP");
		});
		assertThat(changes).extracting((change) -> OffsetDateTime.parse((String) change.get("occurredAt")))
			.isSorted();
		graphQlAs(Persona.HEALTH_SYSTEM).documentName("warnings")
			.operationName("byReference")
			.variable("referenceId", reference)
			.execute()
			.path("departmentWarning.caseStatus")
			.entity(String.class)
			.isEqualTo("CLEARED");

		assertThat(feed(Persona.EDUCATION_SYSTEM)).isEmpty();
	}

	@Test
	void aCaseNotIdentifiedIsFedBackAsSuch() {
		String household = newHousehold();
		Map<String, Object> monitored = receivedAndConfirmed(item("rejected", household));
		Map<String, Object> current = toApproval(monitored);
		step(Persona.COUNTY, "rejectCase", input(current, "note", "家庭收入高于监测范围"));

		assertThat(feed(Persona.HEALTH_SYSTEM)).filteredOn((change) -> (this.run + "-rejected").equals(change.get("referenceId")))
			.extracting((change) -> change.get("kind") + "/" + change.get("caseStatus"))
			.containsExactly("RECEIVED/null", "VERIFIED/PENDING_COMMITMENT", "NOT_IDENTIFIED/REJECTED");
	}

	/**
	 * The warning was received and confirmed ten days ago, so that the procedure's dates fall after it; the case it
	 * opened, as its village reads it.
	 */
	private Map<String, Object> receivedAndConfirmed(Map<String, Object> item) {
		this.clock.advance(Duration.ofDays(-10));
		try {
			return confirm(pushed(item));
		}
		finally {
			this.clock.advance(Duration.ofDays(10));
		}
	}

	private Map<String, Object> confirm(Map<String, Object> warning) {
		Map<String, Object> input = new HashMap<>(Map.of("warningId", warning.get("id"), "version", warning.get("version"),
				"confirmed", true, "caseType", "SUDDEN_HARDSHIP"));
		String caseId = warnings(Persona.TOWNSHIP, "verify", input).path("verifyWarning.warning.lead.case.id")
			.entity(String.class)
			.get();
		return caseNow(Map.of("id", caseId));
	}

}
