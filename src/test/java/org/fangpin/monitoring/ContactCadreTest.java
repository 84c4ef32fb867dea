package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact cadre (帮扶联系人, seed 003: 一户一人) is an account of a cadre holding a duty over the household's
 * grid: they find their households and their due visits, and they report to the village that the household reached
 * the elimination standard (seed 001).
 */
class ContactCadreTest extends LifecycleTest {

	@Test
	@SuppressWarnings("unchecked")
	void theContactIsACadreOfTheHouseholdsGridWhoFindsTheirHouseholds() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		String id = (String) monitored.get("id");
		Map<String, Object> before = snapshot();
		// a grid worker of another township, an auditor and an unknown account hold no duty over the household
		for (String username : List.of("worker2", "auditor", "nobody-here")) {
			assertThat(run(Persona.VILLAGE, "assignContactCadre", input(monitored, "username", username))
				.path("step.userErrors[0].field")
				.entityList(String.class)
				.get()).containsExactly("username");
		}
		assertThat(snapshot()).isEqualTo(before);

		Map<String, Object> assigned = step(Persona.VILLAGE, "assignContactCadre", input(monitored, "username", "worker"));
		assertThat((Map<String, Object>) assigned.get("contactCadre")).containsEntry("name", "刘小红")
			.containsEntry("phone", "13800001234");
		assertThat(myContactCases(Persona.WORKER)).contains(id);
		assertThat(myContactCases(Persona.WORKER2)).doesNotContain(id);
		assertThat(myContactCases(Persona.VILLAGE)).doesNotContain(id);

		// their due action: the household's monthly visit, counted from its identification until visited
		assertThat(workItem(Persona.WORKER, "CONTACT_VISIT", "case", id).orElseThrow()).containsEntry("escalated", false)
			.containsEntry("daysLeft", 30);
		assertThat(workItem(Persona.VILLAGE, "CONTACT_VISIT", "case", id)).isEmpty();
	}

	@Test
	void aCountyThatVisitsEveryFortnightDatesTheContactsVisitsByIt() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		step(Persona.VILLAGE, "assignContactCadre", input(monitored, "username", "worker"));
		setCountySetting("CONTACT_VISIT_PERIOD", 14);
		try {
			assertThat(workItem(Persona.WORKER, "CONTACT_VISIT", "case", (String) monitored.get("id")).orElseThrow())
				.containsEntry("daysLeft", 14);
		}
		finally {
			this.jdbc.update("DELETE FROM county_setting");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void onlyTheContactReportsTheStandardReachedAndOnlyOnceItIs() {
		Map<String, Object> monitored = step(Persona.COUNTY, "approveCase", input(toApproval(openCase(newHousehold()))));
		Map<String, Object> current = step(Persona.VILLAGE, "assignContactCadre", input(monitored, "username", "worker"));
		Map<String, Object> before = snapshot();
		assertThat(refusedStep(Persona.VILLAGE, "reportEliminationStandard", input(current), "FORBIDDEN"))
			.contains("刘小红");
		assertThat(refusedStep(Persona.WORKER, "reportEliminationStandard", input(current), "BAD_USER_INPUT"))
			.contains("RECENT_SECURED_VISIT")
			.contains("INCOME_ABOVE_LINE");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(awaitingVillage()).doesNotContain((String) current.get("id"));

		current = readyForElimination(current);
		Map<String, Object> reported = step(Persona.WORKER, "reportEliminationStandard",
				input(current, "note", "收入稳定，两不愁三保障均已落实"));
		assertStatus(reported, "MONITORING");
		assertThat(reported.get("standardReportedAt")).isNotNull();
		assertThat((Map<String, Object>) reported.get("contactCadre")).containsEntry("mine", true)
			.containsEntry("account", true);
		List<Map<String, Object>> timeline = (List<Map<String, Object>>) reported.get("timeline");
		assertThat(timeline.getLast()).containsEntry("action", "REPORT_STANDARD_REACHED")
			.containsEntry("note", "收入稳定，两不愁三保障均已落实");
		// the village finds it among its work, until it proposes the elimination
		assertThat(awaitingVillage()).contains((String) reported.get("id"));
		Map<String, Object> proposed = step(Persona.VILLAGE, "proposeElimination", input(caseNow(reported)));
		assertThat(proposed.get("standardReportedAt")).isNull();
	}

	private List<String> myContactCases(Persona persona) {
		return graphQlAs(persona).documentName("lifecycle")
			.operationName("myContactCases")
			.execute()
			.path("myContactCases.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	/** The village's cases awaiting its action, from every page. */
	private List<String> awaitingVillage() {
		List<String> ids = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = graphQlAs(Persona.VILLAGE).documentName("workList")
				.operationName("casesAwaitingMyAction")
				.variable("after", after)
				.execute();
			ids.addAll(page.path("casesAwaitingMyAction.edges[*].node.id").entityList(String.class).get());
			after = page.path("casesAwaitingMyAction.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("casesAwaitingMyAction.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return ids;
	}

}
