package org.fangpin.limits;

import java.util.Map;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each caller spends the cost of their requests from a bucket of their own; an empty bucket refuses with
 * RATE_LIMITED and says when to retry, and slows nobody else. A small bucket that barely refills, in a
 * context of its own (closed after), so that the other tests keep their generous one.
 */
@TestPropertySource(properties = { "fangpin.limits.max-cost=3000", "fangpin.limits.rate.capacity=3000",
		"fangpin.limits.rate.period=1h" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RateLimitTest extends ApiTest {

	/** 100 × (the page 1 + totalCount 1 + edges (1 + node (1 + 3 fields))): 700. */
	private static final String PAGE = "{ households(first: 100) { totalCount edges { node { householdNumber address category } } } }";

	/** The buckets are in the database, which outlives a context: each run starts with full ones. */
	@BeforeEach
	void fullBuckets() {
		this.jdbc.update("DELETE FROM rate_bucket");
	}

	@Test
	void aCallerWhoSpentTheirBudgetIsRefusedUntilItRefillsAndOthersAreNot() {
		for (int i = 0; i < 4; i++) {
			graphQlAs(Persona.TOWNSHIP).document(PAGE).execute().errors().verify();
		}
		GraphQlTester.Response refused = graphQlAs(Persona.TOWNSHIP).document(PAGE).execute();
		refused.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			Map<String, Object> extensions = errors.getFirst().getExtensions();
			assertThat(extensions).containsEntry("code", "RATE_LIMITED").containsEntry("limit", "rate");
			// 700 at 3000 an hour take several minutes to come back
			assertThat(((Number) extensions.get("retryAfterSeconds")).longValue()).isBetween(60L, 3600L);
			assertThat(errors.getFirst().getMessage()).startsWith("请求过于频繁").contains("RATE_LIMITED");
		});
		refused.path("households").pathDoesNotExist();

		// the standard header says it too
		clientAs(Persona.TOWNSHIP).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", PAGE))
			.exchange()
			.expectHeader()
			.value("Retry-After", (seconds) -> assertThat(Long.parseLong(seconds)).isPositive())
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("RATE_LIMITED");

		// a small request still fits what is left, and another caller has a full bucket
		graphQlAs(Persona.TOWNSHIP).document("{ me { name } }").execute().errors().verify();
		graphQlAs(Persona.COUNTY).document(PAGE).execute().errors().verify();
	}

}
