package org.fangpin.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** From the first lead to identification at most 15 days (seed 004): tested by moving the clock. */
class DeadlineTest extends LifecycleTest {

	@Test
	void aCaseNotIdentifiedWithinFifteenDaysIsOverdueUntilIdentified() {
		Map<String, Object> opened = openCase(newHousehold(), Duration.ZERO);
		String id = (String) opened.get("id");
		assertThat(overdue(id)).isFalse();

		this.clock.advance(Duration.ofDays(15).minusMinutes(1));
		assertThat(overdue(id)).isFalse();
		assertThat(myOverdueCases(Persona.VILLAGE)).doesNotContain(id);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(overdue(id)).isTrue();
		assertThat(myOverdueCases(Persona.VILLAGE)).contains(id);
		assertThat(myOverdueCases(Persona.COUNTY)).contains(id);
		assertThat(myOverdueCases(Persona.WORKER2)).doesNotContain(id);
		graphQlAs(Persona.TOWNSHIP).documentName("lifecycle")
			.operationName("cases")
			.variable("filter", Map.of("overdue", true, "statuses", List.of("PENDING_COMMITMENT")))
			.execute()
			.path("cases.edges[*].node.id")
			.entityList(String.class)
			.contains(id);

		Map<String, Object> identified = step(Persona.COUNTY, "approveCase", input(toApproval(opened)));
		assertThat(identified.get("overdue")).isEqualTo(false);
		assertThat(myOverdueCases(Persona.VILLAGE)).doesNotContain(id);
	}

	private boolean overdue(String caseId) {
		return graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("case")
			.variable("id", caseId)
			.execute()
			.path("case.overdue")
			.entity(Boolean.class)
			.get();
	}

	private List<String> myOverdueCases(Persona persona) {
		GraphQlTester.Response response = graphQlAs(persona).documentName("lifecycle").operationName("myOverdueCases").execute();
		return response.path("myOverdueCases.edges[*].node.id").entityList(String.class).get();
	}

}
