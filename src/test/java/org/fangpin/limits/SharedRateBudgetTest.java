package org.fangpin.limits;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.fangpin.FangpinApplication;
import org.fangpin.devservices.DevServices;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two API instances on one database give a caller one rate budget, not one each: the second instance is a
 * second Spring context of the API on the same database and Keycloak, with the same small bucket as this
 * test's own context.
 */
@TestPropertySource(properties = { SharedRateBudgetTest.MAX_COST, SharedRateBudgetTest.CAPACITY, SharedRateBudgetTest.PERIOD })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SharedRateBudgetTest extends ApiTest {

	static final String MAX_COST = "fangpin.limits.max-cost=2100";

	static final String CAPACITY = "fangpin.limits.rate.capacity=2100";

	static final String PERIOD = "fangpin.limits.rate.period=1h";

	/** 700 (see RateLimitTest): three fit in the bucket, a fourth does not. */
	private static final String PAGE = "{ households(first: 100) { totalCount edges { node { householdNumber address category } } } }";

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startSecondInstance() {
		Map<String, Object> properties = new HashMap<>(DevServices.forTests().properties());
		for (String property : new String[] { MAX_COST, CAPACITY, PERIOD }) {
			properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
		}
		properties.put("server.port", "0");
		// the first instance loaded the demo county; the second only serves it
		properties.put("fangpin.demo-data.enabled", "false");
		properties.put("fangpin.grid-sync.enabled", "false");
		// as arguments: they outrank application.yml, where default properties would not
		second = new SpringApplicationBuilder(FangpinApplication.class).profiles("test")
			.run(properties.entrySet().stream().map((property) -> "--" + property.getKey() + "=" + property.getValue())
				.toArray(String[]::new));
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
		}
	}

	@BeforeEach
	void fullBuckets() {
		this.jdbc.update("DELETE FROM rate_bucket");
	}

	@Test
	void aCallersBudgetIsSpentAcrossInstances() {
		graphQlAs(Persona.TOWNSHIP).document(PAGE).execute().errors().verify();
		onSecond(Persona.TOWNSHIP).document(PAGE).execute().errors().verify();
		graphQlAs(Persona.TOWNSHIP).document(PAGE).execute().errors().verify();
		// each instance alone has served at most two: only a shared bucket is empty now
		onSecond(Persona.TOWNSHIP).document(PAGE).execute().errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getExtensions()).containsEntry("code", "RATE_LIMITED");
		});
		graphQlAs(Persona.TOWNSHIP).document(PAGE).execute().errors().satisfy((errors) -> assertThat(errors)
			.singleElement()
			.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("code", "RATE_LIMITED")));
		// another caller's budget is untouched on either instance
		onSecond(Persona.COUNTY).document(PAGE).execute().errors().verify();
		assertThat(count("SELECT COUNT(*) FROM rate_bucket")).isEqualTo(2);
	}

	private HttpGraphQlTester onSecond(Persona persona) {
		int port = ((WebServerApplicationContext) second).getWebServer().getPort();
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.responseTimeout(Duration.ofSeconds(30))
			.defaultHeaders((headers) -> headers.setBearerAuth(tokens().accessToken(persona)))
			.build();
		return HttpGraphQlTester.create(client);
	}

}
