package org.fangpin.monitoring;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The announcements (公告, seeds 002, 003, 004): the identified after the county's approval, the eliminated after
 * the approval of the elimination; each once, dated between the approval and today, in the timeline.
 */
class AnnouncementTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void anIdentifiedCaseIsAnnouncedOnceByTheTownshipOrCountyAfterItsApproval() {
		Map<String, Object> pending = toApproval(openCase(newHousehold()));
		// not before the approval it publishes
		assertThat(refusedStep(Persona.TOWNSHIP, "recordAnnouncement", announcement(pending, 0), "CONFLICT"))
			.contains("认定公告");
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(pending));
		Map<String, Object> before = snapshot();
		assertError(run(Persona.VILLAGE, "recordAnnouncement", announcement(monitored, 0)), ErrorCode.FORBIDDEN, "step");
		assertThat(run(Persona.TOWNSHIP, "recordAnnouncement", announcement(monitored, 1)).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("publishedOn");
		assertThat(run(Persona.TOWNSHIP, "recordAnnouncement", announcement(monitored, -1)).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("publishedOn");
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> announced = step(Persona.TOWNSHIP, "recordAnnouncement", announcement(monitored, 0));
		assertStatus(announced, "MONITORING");
		Map<String, Object> event = ((List<Map<String, Object>>) announced.get("timeline")).getLast();
		assertThat(event).containsEntry("action", "ANNOUNCE");
		assertThat((String) event.get("evidence")).contains(today().toString());
		assertThat(refusedStep(Persona.COUNTY, "recordAnnouncement", announcement(announced, 0), "CONFLICT"))
			.contains("不能重复公告");
	}

	@Test
	void anEliminatedCaseIsAnnouncedAfterTheApprovalOfItsElimination() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		assertThat(refusedStep(Persona.COUNTY, "recordEliminationAnnouncement", announcement(monitored, 0), "CONFLICT"))
			.contains("风险已消除");
		Map<String, Object> eliminated = step(Persona.COUNTY, "approveElimination",
				input(toEliminationApproval(monitored), "kind", "NATURAL"));
		Map<String, Object> announced = step(Persona.COUNTY, "recordEliminationAnnouncement", announcement(eliminated, 0));
		assertStatus(announced, "RISK_ELIMINATED");
		assertThat(refusedStep(Persona.TOWNSHIP, "recordEliminationAnnouncement", announcement(announced, 0), "CONFLICT"))
			.contains("不能重复公告");
	}

	/** An announcement published {@code daysAgo} days ago (negative: in the future). */
	private Map<String, Object> announcement(Map<String, Object> current, int daysAgo) {
		return input(current, "publishedOn", today().minusDays(daysAgo).toString(), "note", "村务公开栏");
	}

}
