package org.fangpin.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fangpin.devservices.DevServices;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.GlobalId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API on a random port, on the real database and Keycloak of {@link DevServices}; every API test
 * extends it so that all share one Spring context and one set of services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ ApiTest.TestClock.class, SchemaInspection.class })
public abstract class ApiTest {

	private static KeycloakTokens tokens;

	@LocalServerPort
	protected int port;

	@Value("${fangpin.security.issuer-uri}")
	protected String issuerUri;

	/** The application's clock: advance it to test deadlines, it is reset after each test. */
	@Autowired
	protected MutableClock clock;

	/** Plain SQL on the API's database, to check what the API wrote (or did not). */
	@Autowired
	protected JdbcTemplate jdbc;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		DevServices.forTests().properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** The demo data numbers its rows below this; what tests create gets generated, far larger ids. */
	private static final long DEMO_ID_CEILING = 1_000_000;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Removes the households a test registered, and everything recorded about them, so that tests do not
	 * fill the demo groups up to their limit of 70 and each starts from the demo county.
	 */
	@AfterEach
	void removeRegisteredHouseholds() {
		for (String statement : registeredDataCleanup(this.jdbc)) {
			int parameters = (int) statement.chars().filter((c) -> c == '?').count();
			this.jdbc.update(statement, Collections.nCopies(parameters, DEMO_ID_CEILING).toArray());
		}
	}

	/**
	 * What a household's rows hang off, by the column that names it: a row of any table with one of these
	 * columns belongs to a household a test registered when the household, case or visit it names does.
	 */
	private static final Map<String, String> OWNERS = Map.of("household_id", "household", "case_id", "monitored_case",
			"visit_id", "visit", "warning_id", "department_warning");

	private static @Nullable List<String> cleanup;

	/**
	 * The statements that remove the registered households' rows, derived from the schema: every table with a
	 * column of {@link #OWNERS}, children before the tables they refer to (by foreign key or by such a column),
	 * so that a new table needs no line here. Append-only records (a trigger refuses their deletion: who was
	 * shown what) keep theirs, as they would in production.
	 */
	private static synchronized List<String> registeredDataCleanup(JdbcTemplate jdbc) {
		if (cleanup != null) {
			return cleanup;
		}
		Map<String, Set<String>> columns = new TreeMap<>();
		jdbc.query("""
				SELECT table_name, column_name FROM information_schema.columns
				WHERE table_schema = DATABASE() AND column_name IN ('household_id', 'case_id', 'visit_id', 'warning_id')
				  AND table_name NOT IN (SELECT event_object_table FROM information_schema.triggers
				                         WHERE trigger_schema = DATABASE() AND event_manipulation = 'DELETE')""",
				(RowCallbackHandler) (row) -> columns.computeIfAbsent(row.getString(1), (table) -> new TreeSet<>())
					.add(row.getString(2)));
		Map<String, Set<String>> refersTo = new TreeMap<>();
		columns.forEach((table, names) -> names.forEach((name) -> refersTo.computeIfAbsent(table, (t) -> new TreeSet<>())
			.add(OWNERS.get(name))));
		jdbc.query("""
				SELECT table_name, referenced_table_name FROM information_schema.referential_constraints
				WHERE constraint_schema = DATABASE()""",
				(RowCallbackHandler) (row) -> refersTo.computeIfAbsent(row.getString(1), (table) -> new TreeSet<>())
					.add(row.getString(2)));
		List<String> statements = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (String table : refersTo.keySet()) {
			addChildrenFirst(table, refersTo, columns, done, statements);
		}
		statements.add("DELETE FROM household WHERE id >= ?");
		cleanup = List.copyOf(statements);
		return cleanup;
	}

	private static void addChildrenFirst(String table, Map<String, Set<String>> refersTo,
			Map<String, Set<String>> columns, Set<String> done, List<String> statements) {
		if (!done.add(table)) {
			return;
		}
		refersTo.forEach((child, parents) -> {
			if (parents.contains(table)) {
				addChildrenFirst(child, refersTo, columns, done, statements);
			}
		});
		Set<String> own = columns.getOrDefault(table, Set.of());
		if (own.isEmpty() || table.equals("household")) {
			return;
		}
		// each condition takes the ceiling: one parameter, repeated
		List<String> conditions = own.stream()
			.map((column) -> column.equals("household_id") ? "household_id >= ?"
					: column + " IN (SELECT id FROM " + OWNERS.get(column) + " WHERE household_id >= ?)")
			.toList();
		statements.add("DELETE FROM " + table + " WHERE " + String.join(" OR ", conditions));
	}

	protected KeycloakTokens tokens() {
		synchronized (ApiTest.class) {
			if (tokens == null) {
				tokens = new KeycloakTokens(this.issuerUri);
			}
			return tokens;
		}
	}

	/**
	 * A client of the API without any token. It waits for an answer longer than the default five seconds: the
	 * first request to a fresh context (a test class with properties of its own) can take that long on a busy
	 * machine.
	 */
	protected WebTestClient anonymous() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** A client of the API that sends the token of {@code persona}. */
	protected WebTestClient clientAs(Persona persona) {
		return clientWithToken(tokens().accessToken(persona));
	}

	protected WebTestClient clientWithToken(String accessToken) {
		return anonymous().mutate().defaultHeaders((headers) -> headers.setBearerAuth(accessToken)).build();
	}

	/** GraphQL as {@code persona}; documents are read from {@code graphql-test/} next to the tests. */
	protected HttpGraphQlTester graphQlAs(Persona persona) {
		return graphQlWithToken(tokens().accessToken(persona));
	}

	/** GraphQL with a token obtained otherwise (another client of the realm, a user made by the test). */
	protected HttpGraphQlTester graphQlWithToken(String accessToken) {
		WebTestClient client = clientWithToken(accessToken).mutate()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build();
		return HttpGraphQlTester.create(client);
	}

	/**
	 * Sets one of the demo county's own values as its county officer, where it still has the default; the test
	 * deletes the county's settings when done ({@code DELETE FROM county_setting}).
	 */
	protected void setCountySetting(String name, int value) {
		graphQlAs(Persona.COUNTY)
			.document("mutation($input: SetCountySettingInput!) { setCountySetting(input: $input) { userErrors { message } } }")
			.variable("input", Map.of("countyCode", "999901", "name", name, "value", value, "version", 0))
			.execute()
			.path("setCountySetting.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	/** The global id of a household of the demo data, picked by SQL. */
	protected String householdIn(String groupCode) {
		return globalId("Household", this.jdbc.queryForObject(
				"SELECT MIN(id) FROM household WHERE group_code = ?", Long.class, groupCode));
	}

	protected static String globalId(String type, long id) {
		return new GlobalId(type, id).encode();
	}

	/** The row id inside a global id. */
	protected static long rowId(String globalId) {
		return GlobalId.decode(globalId).orElseThrow().id();
	}

	protected long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	/**
	 * What the tables hold, summed up: a mutation that was refused must leave every figure as it was.
	 */
	protected Map<String, Object> snapshot() {
		return this.jdbc.queryForMap("""
				SELECT (SELECT COUNT(*) FROM household) AS households,
				       (SELECT COALESCE(SUM(version), 0) FROM household) AS household_versions,
				       (SELECT MAX(updated_at) FROM household) AS household_updated,
				       (SELECT COUNT(*) FROM member) AS members,
				       (SELECT COALESCE(SUM(version), 0) FROM member) AS member_versions,
				       (SELECT MAX(updated_at) FROM member) AS member_updated,
				       (SELECT COUNT(*) FROM audit_record) AS audit_records,
				       (SELECT COUNT(*) FROM risk_lead) AS leads,
				       (SELECT COALESCE(SUM(version), 0) FROM risk_lead) AS lead_versions,
				       (SELECT COUNT(*) FROM monitored_case) AS cases,
				       (SELECT COALESCE(SUM(version), 0) FROM monitored_case) AS case_versions,
				       (SELECT COUNT(*) FROM case_event) AS case_events""");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock();
		}

	}

	/**
	 * The response carries errors with this {@code extensions.code} only, and no data at the path (null, or
	 * absent when a non-null field's error nulled the whole data).
	 */
	protected static void assertError(GraphQlTester.Response response, ErrorCode code, String path) {
		GraphQlTester.Path value = response.errors()
			.expect((error) -> code.name().equals(error.getExtensions().get("code")))
			.verify()
			.path(path);
		try {
			value.valueIsNull();
		}
		catch (AssertionError absent) {
			value.pathDoesNotExist();
		}
	}

}
