package org.fangpin.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.monitoring.LifecycleTest;
import org.fangpin.support.Persona;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A device back from a village without signal catches up on its grids after the cursor it kept: what changed on
 * the households in its scope, in order, each change once, none younger than the settle window; civil affairs
 * follows the cases and measures of its domain through the same feed.
 */
class GridChangesTest extends LifecycleTest {

	/** Past the settle window, so that what was just written is served. */
	private static final Duration SETTLED = Duration.ofSeconds(6);

	@Test
	void aDeviceCatchesUpOnItsGridAfterItsCursorAndNotOnOthers() {
		String start = endCursor(Persona.WORKER, null);
		String household = newHousehold();
		Map<String, Object> opened = openCase(household);
		String measure = planMeasure(opened, "EMPLOYMENT", today().plusMonths(1));
		graphQlAs(Persona.WORKER).documentName("offline")
			.operationName("recordVisit")
			.variable("input", Map.of("householdId", household, "method", "PHONE", "visitedAt",
					Instant.now().minusSeconds(60).toString(), "riskFound", false, "policyAware", true))
			.execute()
			.path("recordVisit.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		// the last seconds are held back: an earlier id may still be committing on another instance
		assertThat(changesOf(household, Persona.WORKER, start)).noneMatch((change) -> "VISIT".equals(change.get("kind")));

		// the clock only moves on in this test: ids taken meanwhile are never later than it
		this.clock.advance(SETTLED);
		List<Map<String, Object>> changes = changesOf(household, Persona.WORKER, start);
		assertThat(changes).extracting((change) -> change.get("kind") + " " + change.get("change"))
			.containsExactly("HOUSEHOLD CREATED", "CASE CREATED", "MEASURE CREATED", "VISIT CREATED");
		assertThat(changes).extracting((change) -> change.get("recordId").toString())
			.startsWith(household, opened.get("id").toString(), measure);

		// from the cursor the device kept, only what changed since
		String caughtUp = endCursor(Persona.WORKER, start);
		step(Persona.WORKER, "recordCommitment", commitment(opened));
		this.clock.advance(SETTLED);
		assertThat(changesOf(household, Persona.WORKER, caughtUp))
			.extracting((change) -> change.get("kind") + " " + change.get("change"))
			.containsExactly("CASE UPDATED");

		// another township's grid worker learns nothing of this household
		assertThat(changesOf(household, Persona.WORKER2, start)).isEmpty();
	}

	@Test
	void civilAffairsFollowsTheCasesAndTheMeasuresOfItsDomainOnly() {
		String start = endCursor(Persona.CIVIL, null);
		String household = newHousehold();
		Map<String, Object> opened = openCase(household);
		planMeasure(opened, "EMPLOYMENT", today().plusMonths(1));
		String subsistence = planMeasure(opened, "SUBSISTENCE", today().plusMonths(1));
		this.clock.advance(SETTLED);

		// the case and the subsistence measure; not the household, nor the employment measure of human resources
		assertThat(changesOf(household, Persona.CIVIL, start))
			.extracting((change) -> change.get("kind") + " " + change.get("recordId"))
			.containsExactly("CASE " + opened.get("id"), "MEASURE " + subsistence);

		GraphQlTester.Response health = graphQlAs(Persona.HEALTH_SYSTEM).documentName("offline")
			.operationName("changes")
			.execute();
		health.errors().satisfy((errors) -> assertThat(errors).singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	/** The changes of the household after {@code after}, through every page. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> changesOf(String household, Persona persona, @Nullable String after) {
		List<Map<String, Object>> all = new ArrayList<>();
		String cursor = after;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = page(persona, cursor);
			page.path("changes.edges[*].node")
				.entityList(Map.class)
				.get()
				.stream()
				.filter((node) -> household.equals(node.get("householdId")))
				.forEach((node) -> all.add(new HashMap<>(node)));
			Map<String, Object> pageInfo = page.path("changes.pageInfo").entity(Map.class).get();
			more = Boolean.TRUE.equals(pageInfo.get("hasNextPage"));
			cursor = (pageInfo.get("endCursor") != null) ? (String) pageInfo.get("endCursor") : cursor;
		}
		return all;
	}

	/** The cursor after every change served now: where a device that has read everything stands. */
	@SuppressWarnings("unchecked")
	private @Nullable String endCursor(Persona persona, @Nullable String after) {
		String cursor = after;
		while (true) {
			Map<String, Object> pageInfo = page(persona, cursor).path("changes.pageInfo").entity(Map.class).get();
			cursor = (pageInfo.get("endCursor") != null) ? (String) pageInfo.get("endCursor") : cursor;
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				return cursor;
			}
		}
	}

	private GraphQlTester.Response page(Persona persona, @Nullable String after) {
		return graphQlAs(persona).documentName("offline").operationName("changes").variable("after", after).execute();
	}

}
