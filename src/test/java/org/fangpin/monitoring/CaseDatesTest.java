package org.fangpin.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.InputCheck;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure's dates are bound to the case: seed 004's 15 days run from when the lead was received, and no
 * step is dated before that or after today.
 */
class CaseDatesTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void aMediaLeadTypedInLateCountsItsFifteenDaysFromItsReceipt() {
		String household = newHousehold();
		Map<String, Object> received = lead(run(Persona.TOWNSHIP, "recordChannelLead",
				channelLead(household, today().minusDays(26))), "recordChannelLead");
		Map<String, Object> opened = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", received.get("id"), "version", received.get("version"), "caseType", "SUDDEN_HARDSHIP")),
				"acceptLead")
			.get("case");
		assertThat(opened.get("overdue")).isEqualTo(true);
		assertThat(opened.get("daysToDeadline")).isEqualTo(-11);
		assertThat(opened.get("daysLate")).isEqualTo(12);
		assertThat(OffsetDateTime.parse((String) opened.get("discoveredAt")).toInstant())
			.isEqualTo(today().minusDays(26).atStartOfDay(InputCheck.ZONE).toInstant());
	}

	@Test
	void noStepIsDatedBeforeTheLeadWasReceivedNorAfterToday() {
		String household = newHousehold();
		Map<String, Object> received = lead(run(Persona.TOWNSHIP, "recordChannelLead",
				channelLead(household, today().minusDays(5))), "recordChannelLead");
		@SuppressWarnings("unchecked")
		Map<String, Object> opened = (Map<String, Object>) lead(run(Persona.VILLAGE, "acceptLead",
				Map.of("leadId", received.get("id"), "version", received.get("version"), "caseType", "MARGINAL")),
				"acceptLead")
			.get("case");
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.WORKER, "recordCommitment",
				input(opened, "signedOn", LocalDate.of(2015, 3, 2).toString()), "BAD_USER_INPUT"))
			.contains("线索接收日期（" + today().minusDays(5) + "）");
		refusedStep(Persona.WORKER, "recordCommitment", input(opened, "signedOn", today().minusDays(6).toString()),
				"BAD_USER_INPUT");
		refusedStep(Persona.WORKER, "recordCommitment", input(opened, "signedOn", today().plusDays(1).toString()),
				"BAD_USER_INPUT");
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> current = step(Persona.WORKER, "recordCommitment",
				input(opened, "signedOn", today().minusDays(5).toString()));
		current = step(Persona.VILLAGE, "recordAppraisal",
				input(current, "heldOn", today().minusDays(4).toString(), "participants", 20, "passed", true));
		current = step(Persona.VILLAGE, "recordNotice", input(current, "startOn", today().minusDays(3).toString(), "endOn",
				today().toString(), "objections", 0));
		assertStatus(current, "PENDING_VERIFICATION");
	}

	@Test
	void aCaseOpenedTodayCannotBePastItsNoticeBeforeTomorrow() {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment",
				input(openCase(newHousehold(), Duration.ZERO), "signedOn", today().toString()));
		current = step(Persona.VILLAGE, "recordAppraisal",
				input(current, "heldOn", today().toString(), "participants", 20, "passed", true));
		refusedStep(Persona.VILLAGE, "recordNotice",
				input(current, "startOn", today().minusDays(1).toString(), "endOn", today().toString(), "objections", 0),
				"BAD_USER_INPUT");
		this.clock.advance(Duration.ofDays(1));
		assertStatus(step(Persona.VILLAGE, "recordNotice", input(current, "startOn", today().minusDays(1).toString(),
				"endOn", today().toString(), "objections", 0)), "PENDING_VERIFICATION");
	}

	private static Map<String, Object> channelLead(String household, LocalDate receivedOn) {
		return new HashMap<>(Map.of("householdId", household, "source", "MEDIA", "channelReference", "县融媒体中心-报道-7",
				"receivedOn", receivedOn.toString(), "riskTypes", List.of("ILLNESS"), "description", "报道反映户主重病住院"));
	}

}
