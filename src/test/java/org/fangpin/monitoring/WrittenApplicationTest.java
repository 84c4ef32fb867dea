package org.fangpin.monitoring;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 004: a rollback or a clearance rests on the township's written application (书面申请), which the county
 * then decides; an application is spent once the case moves.
 */
class WrittenApplicationTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void theCountyRollsBackAndClearsOnlyOnTheTownshipsWrittenApplication() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		Map<String, Object> current = step(Persona.COUNTY, "approveElimination",
				input(toEliminationApproval(monitored), "kind", "NATURAL"));
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.COUNTY, "rollBackCase", input(current, "reason", "UNSTABLE"), "CONFLICT"))
			.contains("applyForRollback");
		assertError(run(Persona.VILLAGE, "applyForRollback", application(current, 0, "申请")), ErrorCode.FORBIDDEN, "step");
		assertThat(run(Persona.TOWNSHIP, "applyForRollback", application(current, -1, "申请")).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("appliedOn");
		assertThat(run(Persona.TOWNSHIP, "applyForRollback", application(current, 0, " ")).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("note");
		assertThat(snapshot()).isEqualTo(before);

		current = step(Persona.TOWNSHIP, "applyForRollback", application(current, 0, "回头看发现务工收入中断，申请回退"));
		assertStatus(current, "RISK_ELIMINATED");
		assertThat(((List<Map<String, Object>>) current.get("timeline")).getLast()).containsEntry("action", "APPLY_ROLLBACK");
		current = step(Persona.COUNTY, "rollBackCase", input(current, "reason", "UNSTABLE"));
		assertStatus(current, "MONITORING");

		// the rollback's application does not also clear the case: a clearance has its own
		assertThat(refusedStep(Persona.COUNTY, "clearCase", input(current, "reason", "DUPLICATE"), "CONFLICT"))
			.contains("applyForClearance");
		current = applied("applyForClearance", current, "DUPLICATE");
		assertStatus(step(Persona.COUNTY, "clearCase", input(current, "reason", "DUPLICATE")), "CLEARED");
	}

	/** A written application for a rollback, dated {@code daysAgo} days ago (negative: in the future). */
	private Map<String, Object> application(Map<String, Object> current, int daysAgo, String content) {
		return input(current, "reason", "UNSTABLE", "appliedOn", today().minusDays(daysAgo).toString(), "note", content);
	}

}
