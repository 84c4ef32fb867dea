package org.fangpin.warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department warning's lead has one decider, the township's verification (seeds 001 and 002: 反馈乡镇核实):
 * whatever the village does before or after it, in any order, the warning, its lead and its case agree, and
 * the department is told what happened once.
 */
class OneDeciderTest extends WarningFlows {

	enum Village {
		ACCEPT, DISMISS, NOTE
	}

	@Test
	void inEveryOrderOfVillageAndTownshipTheWarningItsLeadAndItsCaseAgree() {
		List<String> wrong = new ArrayList<>();
		int n = 0;
		for (Village village : Village.values()) {
			for (boolean confirmed : new boolean[] { true, false }) {
				for (boolean villageFirst : new boolean[] { true, false }) {
					String reference = "order-" + (n++);
					String household = newHousehold();
					Map<String, Object> warning = pushed(item(reference, household));
					String referenceId = this.run + "-" + reference;
					String order = village + (villageFirst ? " then " : " after ") + (confirmed ? "CONFIRM" : "NOT_CONFIRM");
					if (villageFirst) {
						villageActs(village, referenceId, true, wrong, order);
					}
					verify(warning, confirmed);
					if (!villageFirst) {
						villageActs(village, referenceId, false, wrong, order);
					}
					agree(referenceId, household, confirmed, wrong, order);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aConfirmedWarningJoinsTheHouseholdsActiveCaseOpenedFromAnotherLead() {
		String household = newHousehold();
		Map<String, Object> warning = pushed(item("active", household));
		Map<String, Object> opened = openCase(household);
		verify(warning, true);
		Map<String, Object> now = state(Persona.TOWNSHIP, this.run + "-active");
		assertThat(now.get("status")).isEqualTo("CONFIRMED");
		@SuppressWarnings("unchecked")
		Map<String, Object> lead = (Map<String, Object>) now.get("lead");
		assertThat(lead.get("status")).isEqualTo("ACCEPTED");
		assertThat(((Map<?, ?>) lead.get("case")).get("id")).isEqualTo(opened.get("id"));
		assertThat(now.get("caseType")).isEqualTo("MARGINAL");
	}

	@Test
	void aWarningIsVerifiedOnceWhenTwoTownshipAnswersRace() throws Exception {
		String household = newHousehold();
		Map<String, Object> warning = pushed(item("race", household));
		List<GraphQlTester.Response> answers = new ArrayList<>();
		Thread other = Thread.ofPlatform().start(() -> answers.add(verifyAs(warning, false)));
		GraphQlTester.Response mine = verifyAs(warning, true);
		other.join();
		answers.add(mine);
		long succeeded = answers.stream()
			.filter((answer) -> answer.path("verifyWarning.userErrors").entityList(Object.class).get().isEmpty())
			.count();
		assertThat(succeeded).isEqualTo(1);
		Map<String, Object> now = state(Persona.TOWNSHIP, this.run + "-race");
		List<String> wrong = new ArrayList<>();
		agree(this.run + "-race", household, "CONFIRMED".equals(now.get("status")), wrong, "race");
		assertThat(wrong).isEmpty();
	}

	/** The village tries to decide the lead (refused, before and after) or adds what it knows (only before). */
	private void villageActs(Village village, String referenceId, boolean before, List<String> wrong, String order) {
		Map<String, Object> now = state(Persona.VILLAGE, referenceId);
		@SuppressWarnings("unchecked")
		Map<String, Object> lead = (Map<String, Object>) now.get("lead");
		GraphQlTester.Response response = switch (village) {
			case ACCEPT -> warnings(Persona.VILLAGE, "acceptLead",
					Map.of("leadId", lead.get("id"), "version", lead.get("version"), "caseType", "MARGINAL"));
			case DISMISS -> warnings(Persona.VILLAGE, "dismissLead",
					Map.of("leadId", lead.get("id"), "version", lead.get("version"), "reason", "村里认为情况不属实"));
			case NOTE -> warnings(Persona.VILLAGE, "note", Map.of("warningId", now.get("id"), "note", "村里了解：住院两次"));
		};
		String field = switch (village) {
			case ACCEPT -> "acceptLead";
			case DISMISS -> "dismissLead";
			case NOTE -> "noteWarning";
		};
		List<String> codes = response.path(field + ".userErrors[*].code").entityList(String.class).get();
		String expected = (village != Village.NOTE) ? "FORBIDDEN" : (before ? null : "CONFLICT");
		if (!(expected == null ? codes.isEmpty() : codes.equals(List.of(expected)))) {
			wrong.add(order + ": the village's " + village + " answered " + codes);
		}
		if (village == Village.NOTE && before) {
			List<?> notes = (List<?>) state(Persona.TOWNSHIP, referenceId).get("notes");
			if (notes.size() != 1) {
				wrong.add(order + ": the township reads " + notes.size() + " notes of the village");
			}
		}
	}

	private void verify(Map<String, Object> warning, boolean confirmed) {
		verifyAs(warning, confirmed).path("verifyWarning.userErrors").entityList(Object.class).hasSize(0);
	}

	private GraphQlTester.Response verifyAs(Map<String, Object> warning, boolean confirmed) {
		Map<String, Object> input = new HashMap<>(Map.of("warningId", warning.get("id"), "version", warning.get("version"),
				"confirmed", confirmed, "note", confirmed ? "入户核实属实" : "入户核实，医保已报销大部分"));
		if (confirmed) {
			input.put("caseType", "SUDDEN_HARDSHIP");
		}
		return warnings(Persona.TOWNSHIP, "verify", input);
	}

	/** Warning, lead, case and the department's feed tell the same story. */
	@SuppressWarnings("unchecked")
	private void agree(String referenceId, String household, boolean confirmed, List<String> wrong, String order) {
		Map<String, Object> now = state(Persona.TOWNSHIP, referenceId);
		Map<String, Object> lead = (Map<String, Object>) now.get("lead");
		Map<String, Object> monitored = (Map<String, Object>) lead.get("case");
		long cases = count("SELECT COUNT(*) FROM monitored_case WHERE household_id = ?", rowId(household));
		boolean agrees = confirmed
				? "CONFIRMED".equals(now.get("status")) && "ACCEPTED".equals(lead.get("status")) && monitored != null
						&& "SUDDEN_HARDSHIP".equals(monitored.get("type")) && "SUDDEN_HARDSHIP".equals(now.get("caseType"))
						&& cases == 1
				: "NOT_CONFIRMED".equals(now.get("status")) && "DISMISSED".equals(lead.get("status"))
						&& monitored == null && now.get("caseType") == null && cases == 0;
		if (!agrees) {
			wrong.add(order + ": warning " + now.get("status") + ", lead " + lead + ", cases " + cases);
		}
		List<Map<String, Object>> verified = feed(Persona.HEALTH_SYSTEM).stream()
			.filter((change) -> referenceId.equals(change.get("referenceId")) && "VERIFIED".equals(change.get("kind")))
			.toList();
		if (verified.size() != 1 || !now.get("status").equals(verified.getFirst().get("status"))) {
			wrong.add(order + ": the department was told " + verified);
		}
		List<Map<String, Object>> awaiting = graphQlAs(Persona.VILLAGE).documentName("warnings")
			.operationName("leadsAwaitingDecision")
			.execute()
			.path("leadsAwaitingDecision.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		if (awaiting.stream().anyMatch((node) -> lead.get("id").equals(node.get("id")))) {
			wrong.add(order + ": the village is asked to decide the lead");
		}
	}

}
