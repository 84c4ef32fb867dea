package org.fangpin.monitoring;

import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date a step recorded is corrected by its own mutation, with a reason, by whoever takes the step, within the
 * bounds it was recorded in; the timeline keeps the correction and the audit trail the dates before and after.
 */
class DateCorrectionTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void aStepsDateIsCorrectedWithAReasonInTheProceduresOrder() {
		// the lead came in ten days ago: signed 10 days ago, appraised 8, posted from 7 days ago until today
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(newHousehold())));
		current = step(Persona.VILLAGE, "recordAppraisal", appraisal(current, true));
		current = step(Persona.VILLAGE, "recordNotice", notice(current));
		Map<String, Object> before = snapshot();

		assertError(run(Persona.WORKER, "correctStepDate", correction(current, "PASS_APPRAISAL", "heldOn", 9, "笔误")),
				ErrorCode.FORBIDDEN, "step");
		assertThat(fieldOfError(correction(current, "PASS_APPRAISAL", "heldOn", 11, "笔误"))).isEqualTo("date");
		assertThat(fieldOfError(correction(current, "PASS_APPRAISAL", "heldOn", 6, "笔误"))).isEqualTo("date");
		assertThat(fieldOfError(correction(current, "PASS_APPRAISAL", "heldOn", -1, "笔误"))).isEqualTo("date");
		assertThat(fieldOfError(correction(current, "PASS_APPRAISAL", "heldOn", 9, " "))).isEqualTo("reason");
		assertThat(fieldOfError(correction(current, "PASS_APPRAISAL", "participants", 9, "笔误"))).isEqualTo("field");
		assertThat(fieldOfError(correction(current, "RECORD_NOTICE", "endOn", 7, "笔误"))).isEqualTo("date");
		assertThat(snapshot()).isEqualTo(before);

		current = step(Persona.VILLAGE, "correctStepDate",
				correction(current, "PASS_APPRAISAL", "heldOn", 9, "评议记录上的日期录入有误"));
		Map<String, Object> event = ((List<Map<String, Object>>) current.get("timeline")).getLast();
		assertThat(event).containsEntry("action", "CORRECT_DATE").containsEntry("note", "评议记录上的日期录入有误");
		assertThat((String) event.get("evidence")).contains(today().minusDays(8).toString())
			.contains(today().minusDays(9).toString());
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_record WHERE operation = 'case.CORRECT_DATE' AND target_id = ?", String.class,
				rowId((String) current.get("id"))))
			.contains("PASS_APPRAISAL.heldOn")
			.contains("评议记录上的日期录入有误");
		// the order is kept with the corrected date: the notice cannot now start before the day 9 days ago
		assertThat(fieldOfError(correction(current, "RECORD_NOTICE", "startOn", 10, "笔误"))).isEqualTo("date");
		step(Persona.VILLAGE, "correctStepDate", correction(current, "RECORD_NOTICE", "startOn", 9, "公示照片显示当日张贴"));
	}

	private String fieldOfError(Map<String, Object> input) {
		return run(Persona.VILLAGE, "correctStepDate", input).path("step.userErrors[0].field[0]").entity(String.class).get();
	}

	/** The step's date corrected to {@code daysAgo} days ago (negative: in the future). */
	private Map<String, Object> correction(Map<String, Object> current, String step, String field, int daysAgo,
			String reason) {
		return input(current, "step", step, "field", field, "date", today().minusDays(daysAgo).toString(), "reason",
				reason);
	}

}
