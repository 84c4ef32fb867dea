package org.fangpin.warning;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

/** What the warning tests share: a department pushing one warning, reading it back and its feed. */
abstract class WarningFlows extends LifecycleTest {

	protected final String run = UUID.randomUUID().toString().substring(0, 8);

	/** A warning item of this run, of a household registered by the test, by its household number. */
	protected Map<String, Object> item(String reference, String householdId) {
		Map<String, Object> item = new HashMap<>(Map.of("referenceId", this.run + "-" + reference, "riskTypes",
				List.of("ILLNESS"), "observedOn", LocalDate.now().minusDays(20).toString(), "facts", Map.of()));
		item.put("householdNumber", householdNumber(householdId));
		return item;
	}

	protected GraphQlTester.Response push(Persona persona, String batchId, List<Map<String, Object>> items) {
		return graphQlAs(persona).documentName("warnings")
			.operationName("push")
			.variable("input", Map.of("batchId", batchId + "-" + this.run, "warnings", items))
			.execute();
	}

	/** Pushes one item as the health department; it must be accepted. */
	protected Map<String, Object> pushed(Map<String, Object> item) {
		push(Persona.HEALTH_SYSTEM, "b-" + item.get("referenceId"), List.of(item))
			.path("pushWarnings.batch.results[0].outcome")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		return state(Persona.TOWNSHIP, (String) item.get("referenceId"));
	}

	/** The warning as {@code persona} reads it, with its lead and case. */
	@SuppressWarnings("unchecked")
	protected Map<String, Object> state(Persona persona, String referenceId) {
		return graphQlAs(persona).documentName("warnings")
			.operationName("state")
			.variable("referenceId", referenceId)
			.execute()
			.path("departmentWarning")
			.entity(Map.class)
			.get();
	}

	protected GraphQlTester.Response warnings(Persona persona, String operation, Map<String, Object> input) {
		return graphQlAs(persona).documentName("warnings").operationName(operation).variable("input", input).execute();
	}

	/** The department's feed from the beginning, only the changes of this run. */
	protected List<Map<String, Object>> feed(Persona persona) {
		List<Map<String, Object>> all = new java.util.ArrayList<>();
		String after = null;
		while (true) {
			GraphQlTester.Response page = graphQlAs(persona).documentName("warnings")
				.operationName("updates")
				.variable("after", after)
				.execute();
			all.addAll(page.path("warningUpdates.edges[*].node")
				.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get());
			if (!page.path("warningUpdates.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				return all.stream().filter((node) -> String.valueOf(node.get("referenceId")).startsWith(this.run)).toList();
			}
			after = page.path("warningUpdates.pageInfo.endCursor").entity(String.class).get();
		}
	}

}
