package org.fangpin;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.fangpin.devservices.RestartableServices;
import org.fangpin.support.ConsoleBrowser;
import org.fangpin.support.KeycloakTokens;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The API through outages of the two services it needs, each really stopped and started again: while
 * Keycloak is down, tokens it issued before keep working (and the county console tells a person opening it
 * that nobody can log in now); while the database is down, requests fail fast
 * with UNAVAILABLE, readiness is DOWN, and a mutation cut off half-way leaves nothing; when either returns,
 * the API works again without a restart. The services are this class's own (the other tests' are never
 * stopped), and so is its Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		// Keys due every five seconds (fetched again a second after each fetch), so that the outage below
		// outlasts several failed refreshes
		"fangpin.security.signing-keys.refresh-interval=5s", "fangpin.security.signing-keys.fetch-timeout=2s",
		"fangpin.security.signing-keys.min-fetch-interval=1s",
		// Nothing of grid administration here: its start-up reconciliation would only race Keycloak's start
		"fangpin.grid-sync.enabled=false" })
@ActiveProfiles("test")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class OutageTest {

	private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(5);

	/** Half of Hikari's default of 30 s, which a request would wait without the configured 3 s. */
	private static final Duration FAIL_FAST = Duration.ofSeconds(15);

	private static final Map<String, String> ME = Map.of("query", "{ me { subject } }");

	private static final RestartableServices services = new RestartableServices("outage");

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		services.properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The application closes after this ({@link DirtiesContext}): its last words to the database go unheard. */
	@AfterAll
	static void stopServices() {
		services.close();
	}

	/** A person opening the county console meanwhile gets a page that says what is wrong, not a blank one. */
	private void theConsoleSaysInChineseThatNobodyCanLogInNow() {
		if (!ConsoleBrowser.available()) {
			return;
		}
		try (ConsoleBrowser browser = new ConsoleBrowser(this.port)) {
			browser.open("");
			assertThat(browser.waitFor(By.cssSelector("[data-test=startup-error]")).getText())
				.contains("无法连接统一身份认证服务（Keycloak），暂时不能登录", "重试");
			browser.screenshot("keycloak-down");
		}
	}

	@Test
	void tokensIssuedBeforeAKeycloakOutageKeepWorkingThroughIt(CapturedOutput output) throws InterruptedException {
		services.awaitKeycloak();
		String issuedBefore = new KeycloakTokens(services.issuerUri()).accessToken(Persona.WORKER);
		me(issuedBefore).expectStatus().isOk();

		services.stopKeycloak();
		try {
			// no new login while Keycloak is down: that fails at Keycloak, the API is not asked
			assertThatThrownBy(() -> new KeycloakTokens(services.issuerUri()).accessToken(Persona.VILLAGE))
				.isInstanceOf(ResourceAccessException.class);
			Thread.sleep(REFRESH_INTERVAL.multipliedBy(2));

			assertThat(output).contains("Cannot fetch the signing keys from");
			me(issuedBefore).expectStatus().isOk().expectBody().jsonPath("$.data.me.subject").isNotEmpty();
			me(null).expectStatus().isUnauthorized().expectBody().jsonPath("$.errors[0].extensions.code")
				.isEqualTo("UNAUTHENTICATED");
			theConsoleSaysInChineseThatNobodyCanLogInNow();
		}
		finally {
			services.startKeycloak();
		}

		// Keycloak came back from its in-memory store with a new signing key: what it signs now is accepted ...
		String issuedAfter = new KeycloakTokens(services.issuerUri()).accessToken(Persona.WORKER);
		assertThat(keyId(issuedAfter)).isNotEqualTo(keyId(issuedBefore));
		me(issuedAfter).expectStatus().isOk().expectBody().jsonPath("$.data.me.subject").isNotEmpty();
		// ... and the old key, which it no longer publishes, no longer opens anything
		me(issuedBefore).expectStatus().isUnauthorized();
	}

	@Test
	void aDatabaseOutageFailsRequestsFastAndLeavesNoHalfWrittenMutation() throws Exception {
		services.awaitKeycloak();
		String token = new KeycloakTokens(services.issuerUri()).accessToken(Persona.WORKER);
		Map<String, Object> before = rowCounts();
		Map<String, Object> registration = TestData.registration("99990110020101", TestData.newIdNumber());

		// A thread of its own, not the common pool: the JDK HTTP client under the web client hands responses over
		// through the common pool, which has a single worker on two cores; a request waiting there would wait for itself
		try (ExecutorService client = Executors.newSingleThreadExecutor()) {
			Future<GraphQlTester.Response> cutOff;
			try (Connection lock = this.dataSource.getConnection(); Statement statement = lock.createStatement()) {
				// The registration writes its household and head, then waits for this lock to write its audit record
				statement.execute("LOCK TABLES audit_record WRITE");
				cutOff = client.submit(() -> graphQl(token).documentName("registerHousehold")
					.variable("input", registration)
					.execute());
				awaitWaitingForAuditRecord();
				services.stopDatabase();
			}
			try {
				assertUnavailable(cutOff.get());

				long started = System.nanoTime();
				assertUnavailable(graphQl(token).documentName("households").variable("first", 1).execute());
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAIL_FAST);

				anonymous().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503)
					.expectBody().jsonPath("$.status").isEqualTo("DOWN");
				// nothing a restart of the API would mend
				anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
			}
			finally {
				services.startDatabase();
			}
		}

		awaitReady();
		assertThat(rowCounts()).as("nothing of the registration cut off").isEqualTo(before);
		graphQl(token).documentName("registerHousehold").variable("input", registration).execute()
			.path("registerHousehold.userErrors").entityList(Object.class).hasSize(0);
		assertThat(rowCounts()).isEqualTo(Map.of("households", (long) before.get("households") + 1, "members",
				(long) before.get("members") + 1, "audit_records", (long) before.get("audit_records") + 1));
	}

	private void awaitWaitingForAuditRecord() throws InterruptedException {
		for (int i = 0; i < 300; i++) {
			if (this.jdbc.queryForObject("""
					SELECT COUNT(*) FROM information_schema.PROCESSLIST
					WHERE INFO LIKE '%INSERT INTO audit_record%' AND STATE LIKE 'Waiting for table%'""", Long.class) > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The registration never reached its audit record");
	}

	/** The pool replaces its broken connections as requests ask for them: no restart, but not at once. */
	private void awaitReady() throws InterruptedException {
		for (int i = 0; i < 30; i++) {
			if (anonymous().get().uri("/actuator/health/readiness").exchange().returnResult(String.class).getStatus()
				.is2xxSuccessful()) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new AssertionError("Not ready 30 s after the database returned");
	}

	private Map<String, Object> rowCounts() {
		return this.jdbc.queryForMap("""
				SELECT (SELECT COUNT(*) FROM household) AS households, (SELECT COUNT(*) FROM member) AS members,
				       (SELECT COUNT(*) FROM audit_record) AS audit_records""");
	}

	private static void assertUnavailable(GraphQlTester.Response response) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getExtensions()).containsEntry("code", "UNAVAILABLE");
			assertThat(error.getMessage()).isEqualTo("数据库暂不可用，请稍后再试 (UNAVAILABLE)");
		}));
	}

	/** Waits for an answer as long as the database takes to stop under the request (the default is 5 s). */
	private WebTestClient anonymous() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofMinutes(1))
			.build();
	}

	private WebTestClient.ResponseSpec me(String token) {
		return anonymous().post()
			.uri("/graphql")
			.headers((headers) -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(ME)
			.exchange();
	}

	private HttpGraphQlTester graphQl(String token) {
		return HttpGraphQlTester.builder(anonymous().mutate()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.defaultHeaders((headers) -> headers.setBearerAuth(token)))
			.responseTimeout(Duration.ofMinutes(1))
			.build();
	}

	private static String keyId(String token) {
		byte[] header = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
		return (String) JsonMapper.shared().readValue(header, Map.class).get("kid");
	}

}
