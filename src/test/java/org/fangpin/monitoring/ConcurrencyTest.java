package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Two cadres acting on one case at the same moment: one wins, the other gets CONFLICT, nothing is half-written. */
class ConcurrencyTest extends LifecycleTest {

	@RepeatedTest(3)
	void twoSimultaneousStepsOnOneCaseLetExactlyOneThrough() throws Exception {
		Map<String, Object> current = step(Persona.WORKER, "recordCommitment", commitment(openCase(newHousehold())));
		Map<String, Object> appraisal = appraisal(current, true);
		Map<String, Object> rejection = appraisal(current, false);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<GraphQlTester.Response>> outcomes = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			for (Map<String, Object> input : List.of(appraisal, rejection)) {
				GraphQlTester tester = graphQlAs(Persona.VILLAGE);
				outcomes.add(pool.submit(() -> {
					start.await();
					return tester.documentName("lifecycle").operationName("recordAppraisal").variable("input", input).execute();
				}));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<GraphQlTester.Response> outcome : outcomes) {
				GraphQlTester.Response response = outcome.get();
				List<String> errors = response.path("step.userErrors[*].code").entityList(String.class).get();
				results.add(errors.isEmpty() ? "OK" : errors.getFirst());
			}
			assertThat(results).containsExactlyInAnyOrder("OK", "CONFLICT");
		}
		long caseId = rowId((String) current.get("id"));
		assertThat(count("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND action IN ('PASS_APPRAISAL', 'FAIL_APPRAISAL')",
				caseId)).isEqualTo(1);
		assertThat(count("SELECT version FROM monitored_case WHERE id = ?", caseId))
			.isEqualTo(((Number) current.get("version")).longValue() + 1);
	}

}
