package org.fangpin.warning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * Before the township verifies a warning, its department may correct it (same reference, new content) or
 * withdraw it with a reason; a repeat of a reference with other content is told so; the county links an unmatched
 * warning to a household registered since (then it is verified like any other) or closes it. The department
 * reads each of these in its feed.
 */
class WarningCorrectionTest extends WarningFlows {

	@Test
	void aDepartmentCorrectsAWarningBeforeVerificationAndARepeatWithOtherContentSaysSo() {
		String wrong = newHousehold();
		String right = newHousehold();
		Map<String, Object> item = item("fix", wrong);
		String reference = this.run + "-fix";
		Map<String, Object> before = pushed(item);
		@SuppressWarnings("unchecked")
		String oldLead = (String) ((Map<String, Object>) before.get("lead")).get("id");

		Map<String, Object> corrected = new HashMap<>(item);
		corrected.put("householdNumber", householdNumber(right));
		GraphQlTester.Response repeat = push(Persona.HEALTH_SYSTEM, "repeat", List.of(item, corrected));
		repeat.path("pushWarnings.batch.results[*].outcome").entityList(String.class).containsExactly("DUPLICATE", "DUPLICATE");
		repeat.path("pushWarnings.batch.results[*].contentDiffers").entityList(Boolean.class).containsExactly(false, true);

		GraphQlTester.Response done = warnings(Persona.HEALTH_SYSTEM, "correct", Map.of("warning", corrected));
		done.path("correctWarning.userErrors").entityList(Object.class).hasSize(0);
		done.path("correctWarning.warning.household.id").entity(String.class).isEqualTo(right);
		Map<String, Object> now = state(Persona.TOWNSHIP, reference);
		assertThat(now.get("status")).isEqualTo("PENDING_VERIFICATION");
		@SuppressWarnings("unchecked")
		Map<String, Object> lead = (Map<String, Object>) now.get("lead");
		assertThat(lead.get("id")).isNotEqualTo(oldLead);
		assertThat(lead.get("status")).isEqualTo("OPEN");
		assertThat(this.jdbc.queryForObject("SELECT status FROM risk_lead WHERE id = ?", String.class, rowId(oldLead)))
			.isEqualTo("DISMISSED");
		assertThat(this.jdbc.queryForObject("SELECT household_id FROM risk_lead WHERE id = ?", Long.class,
				rowId((String) lead.get("id"))))
			.isEqualTo(rowId(right));

		// the corrected content again changes nothing, and is now the content a repeat is compared with
		warnings(Persona.HEALTH_SYSTEM, "correct", Map.of("warning", corrected)).path("correctWarning.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		push(Persona.HEALTH_SYSTEM, "repeat-2", List.of(corrected)).path("pushWarnings.batch.results[0].contentDiffers")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertThat(kinds(reference)).containsExactly("RECEIVED", "CORRECTED");

		// another department cannot touch it; after verification neither can its own
		assertError(warnings(Persona.EDUCATION_SYSTEM, "correct", Map.of("warning", corrected)), ErrorCode.NOT_FOUND,
				"correctWarning");
		Map<String, Object> verification = new HashMap<>(Map.of("warningId", now.get("id"), "version", now.get("version"),
				"confirmed", false, "note", "不属实"));
		warnings(Persona.TOWNSHIP, "verify", verification).path("verifyWarning.userErrors").entityList(Object.class).hasSize(0);
		corrected.put("householdNumber", householdNumber(wrong));
		warnings(Persona.HEALTH_SYSTEM, "correct", Map.of("warning", corrected)).path("correctWarning.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		warnings(Persona.HEALTH_SYSTEM, "withdraw", Map.of("referenceId", reference, "reason", "录入错误"))
			.path("withdrawWarning.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		assertThat(kinds(reference)).containsExactly("RECEIVED", "CORRECTED", "VERIFIED");
	}

	@Test
	void aWithdrawnWarningIsNotVerifiedAndItsLeadIsWithdrawnWithIt() {
		String household = newHousehold();
		String reference = this.run + "-gone";
		Map<String, Object> warning = pushed(item("gone", household));
		warnings(Persona.HEALTH_SYSTEM, "withdraw", Map.of("referenceId", reference, "reason", "重复推送，已在上月报送"))
			.path("withdrawWarning.warning.status")
			.entity(String.class)
			.isEqualTo("WITHDRAWN");
		Map<String, Object> now = state(Persona.TOWNSHIP, reference);
		assertThat(now.get("closureReason")).isEqualTo("重复推送，已在上月报送");
		assertThat(((Map<?, ?>) now.get("lead")).get("status")).isEqualTo("DISMISSED");
		warnings(Persona.TOWNSHIP, "verify", Map.of("warningId", warning.get("id"), "version", warning.get("version"),
				"confirmed", true, "caseType", "MARGINAL"))
			.path("verifyWarning.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		assertThat(feed(Persona.HEALTH_SYSTEM)).filteredOn((change) -> reference.equals(change.get("referenceId")))
			.extracting((change) -> change.get("kind") + "/" + change.get("status") + "/" + change.get("reason"))
			.containsExactly("RECEIVED/PENDING_VERIFICATION/null", "WITHDRAWN/WITHDRAWN/重复推送，已在上月报送");
		assertThat(count("SELECT COUNT(*) FROM monitored_case WHERE household_id = ?", rowId(household))).isZero();
	}

	@Test
	void theCountyLinksAnUnmatchedWarningToAHouseholdRegisteredSinceOrClosesIt() {
		String stranger = TestData.newIdNumber();
		Map<String, Object> unknown = item("unknown", newHousehold());
		unknown.remove("householdNumber");
		unknown.put("idNumber", stranger);
		Map<String, Object> nobody = new HashMap<>(unknown);
		nobody.put("referenceId", this.run + "-nobody");
		nobody.put("idNumber", TestData.newIdNumber());
		push(Persona.HEALTH_SYSTEM, "unmatched", List.of(unknown, nobody)).path("pushWarnings.batch.results[*].outcome")
			.entityList(String.class)
			.containsExactly("UNMATCHED", "UNMATCHED");
		Map<String, Object> first = unmatched(this.run + "-unknown");
		Map<String, Object> second = unmatched(this.run + "-nobody");

		String household = graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, stranger))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> link = Map.of("warningId", first.get("id"), "version", first.get("version"), "householdId",
				household);
		assertError(warnings(Persona.TOWNSHIP, "link", link), ErrorCode.FORBIDDEN, "linkWarning");
		GraphQlTester.Response linked = warnings(Persona.COUNTY, "link", link);
		linked.path("linkWarning.userErrors").entityList(Object.class).hasSize(0);
		linked.path("linkWarning.warning.status").entity(String.class).isEqualTo("PENDING_VERIFICATION");
		Map<String, Object> now = state(Persona.TOWNSHIP, this.run + "-unknown");
		warnings(Persona.TOWNSHIP, "verify", Map.of("warningId", now.get("id"), "version", now.get("version"),
				"confirmed", true, "caseType", "MARGINAL"))
			.path("verifyWarning.warning.lead.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");

		warnings(Persona.COUNTY, "close", Map.of("warningId", second.get("id"), "version", second.get("version"),
				"reason", "非本县户籍人员"))
			.path("closeWarning.warning.status")
			.entity(String.class)
			.isEqualTo("CLOSED");
		warnings(Persona.COUNTY, "close", Map.of("warningId", first.get("id"), "version", 1, "reason", "再关"))
			.path("closeWarning.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");

		assertThat(kinds(this.run + "-unknown")).containsExactly("RECEIVED", "LINKED", "VERIFIED");
		assertThat(feed(Persona.HEALTH_SYSTEM)).filteredOn((change) -> (this.run + "-nobody").equals(change.get("referenceId")))
			.extracting((change) -> change.get("kind") + "/" + change.get("reason"))
			.containsExactly("RECEIVED/null", "CLOSED/非本县户籍人员");
		this.jdbc.update("DELETE FROM warning_change WHERE reference_id = ?", this.run + "-nobody");
		this.jdbc.update("DELETE FROM department_warning WHERE reference_id = ?", this.run + "-nobody");
	}

	private Map<String, Object> unmatched(String referenceId) {
		return graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("unmatchedState")
			.execute()
			.path("unmatchedWarnings.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.filter((node) -> referenceId.equals(node.get("referenceId")))
			.findFirst()
			.orElseThrow();
	}

	private List<Object> kinds(String reference) {
		return feed(Persona.HEALTH_SYSTEM).stream()
			.filter((change) -> reference.equals(change.get("referenceId")))
			.map((change) -> change.get("kind"))
			.toList();
	}

}
