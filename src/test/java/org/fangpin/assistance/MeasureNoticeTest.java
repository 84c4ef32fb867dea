package org.fangpin.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 帮扶措施评议公示 (seed 001) and 备案 (seed 003): the village appraises and posts a household's measures, then the
 * township files them with the county, once per notice.
 */
class MeasureNoticeTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void theVillagePostsTheMeasuresAndTheTownshipFilesThemOnceAfterTheNotice() {
		Map<String, Object> current = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.VILLAGE, "recordMeasureNotice", notice(current, 3, 2, 0), "BAD_USER_INPUT"))
			.contains("planMeasure");
		assertThat(refusedStep(Persona.TOWNSHIP, "fileMeasures", filing(current, 0), "CONFLICT"))
			.contains("recordMeasureNotice");
		assertThat(snapshot()).isEqualTo(before);

		String measure = planMeasure(current, "INDUSTRY", today().plusMonths(3));
		assertError(run(Persona.WORKER, "recordMeasureNotice", notice(current, 3, 2, 0)), ErrorCode.FORBIDDEN, "step");
		// the notice starts on or after the appraisal, and is over before it is recorded
		assertThat(run(Persona.VILLAGE, "recordMeasureNotice", notice(current, 3, 4, 0)).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("startOn");
		assertThat(run(Persona.VILLAGE, "recordMeasureNotice", notice(current, 3, 2, -1)).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("endOn");
		current = step(Persona.VILLAGE, "recordMeasureNotice", notice(current, 3, 2, 0));
		assertStatus(current, "MONITORING");
		Map<String, Object> event = ((List<Map<String, Object>>) current.get("timeline")).getLast();
		assertThat(event).containsEntry("action", "PUBLISH_MEASURES");
		assertThat((String) event.get("evidence")).contains(measure);

		assertThat(run(Persona.TOWNSHIP, "fileMeasures", filing(current, 1)).path("step.userErrors[0].field")
			.entityList(String.class)
			.get()).containsExactly("filedOn");
		current = step(Persona.TOWNSHIP, "fileMeasures", filing(current, 0));
		assertThat(((List<Map<String, Object>>) current.get("timeline")).getLast()).containsEntry("action", "FILE_MEASURES");
		assertThat(refusedStep(Persona.TOWNSHIP, "fileMeasures", filing(current, 0), "CONFLICT")).contains("已备案");
	}

	/** Appraised {@code heldAgo} days ago, posted from {@code startAgo} days ago until {@code endAgo} days ago. */
	private Map<String, Object> notice(Map<String, Object> current, int heldAgo, int startAgo, int endAgo) {
		LocalDate today = today();
		return input(current, "heldOn", today.minusDays(heldAgo).toString(), "participants", 18, "startOn",
				today.minusDays(startAgo).toString(), "endOn", today.minusDays(endAgo).toString(), "objections", 0);
	}

	/** Filed {@code daysAgo} days ago. */
	private Map<String, Object> filing(Map<String, Object> current, int daysAgo) {
		return input(current, "filedOn", today().minusDays(daysAgo).toString(), "note", "备案号 2026-017");
	}

}
