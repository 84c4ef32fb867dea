package org.fangpin.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import org.fangpin.graphql.GlobalId;
import org.fangpin.support.KeycloakTokens;
import org.fangpin.support.Persona;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 持续负载 (soak): a bounded mixed load for a few minutes on the running API, as six personas at once, each
 * one request at a time: county, township and village pages and timelines, a grid worker's and a village
 * cadre's visits, the health department's pushes and change feed, the auditor's trails. The authorization
 * probes run again and again during the load; a probe that gets data it must not is a leak. Reports
 * throughput, errors (must be 0), probes and leaks (must be 0), and the API's heap after a GC before and
 * after. Writes to the benchmark database are paced: a visit per second per field persona, a push of ten
 * warnings every two seconds.
 */
final class SoakBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String WORKER_GROUP = "99990110020101";

	private static final String OTHER_GROUP = "99990120020101";

	/** An ID number in clear (a household number has 18 digits too: only the field tells them apart). */
	private static final Pattern FULL_ID_NUMBER = Pattern.compile("\"idNumber\":\"[0-9]{17}[0-9X]\"");

	private static final Pattern HEALTH_SHOWN = Pattern.compile("\"health\":\"");

	private static final Duration VISIT_EVERY = Duration.ofSeconds(1);

	private static final Duration PUSH_EVERY = Duration.ofSeconds(2);

	private static final String PAGE = """
			query($after: String) { households(first: 50, after: $after) { edges { node {
			  id householdNumber address grid { code name } head { name idNumber } members { name relation idNumber } } } } }""";

	private static final String FIELD_PAGE = """
			{ households(first: 20) { edges { node { id householdNumber members { name idNumber health } } } } }""";

	private static final String HOUSEHOLD = """
			query($id: ID!) { household(id: $id) { householdNumber members { name idNumber health } } }""";

	private static final String TIMELINE = """
			query($id: ID!) { case(id: $id) { status timeline { occurredAt actorName action fromStatus toStatus } } }""";

	private static final String AWAITING = "{ casesAwaitingMyAction(first: 20) { edges { node { id status deadline } } } }";

	private static final String OVERDUE = "{ myOverdueCases(first: 20) { edges { node { id status deadline } } } }";

	private static final String VISIT = """
			mutation($input: VisitInput!) { recordVisit(input: $input) { visit { visitedAt } userErrors { message } } }""";

	private static final String PUSH = """
			mutation($input: PushWarningsInput!) { pushWarnings(input: $input) { batch { accepted } userErrors { message } } }""";

	private static final String FEED = "{ warningUpdates(first: 50) { edges { node { referenceId status } } } }";

	private static final String AUDIT = "{ auditRecords(first: 20) { edges { node { operation callerName } } } }";

	private static final String ACCESS_LOG = "{ sensitiveDataAccess(first: 20) { edges { node { kind callerName householdCount } } } }";

	private static final String OUTSIDE_DOMAIN = "query($id: ID!) { household(id: $id) { lowIncomeSupport } }";

	private final String api;

	private final KeycloakTokens tokens;

	private final ProcessHandle apiProcess;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

	private final LongAdder errors = new LongAdder();

	private final LongAdder probes = new LongAdder();

	private final LongAdder leaks = new LongAdder();

	private final ConcurrentLinkedQueue<String> firstFailures = new ConcurrentLinkedQueue<>();

	private final List<Long> workerHouseholds;

	/** A household of township B: outside the worker's group and the village cadre's village alike. */
	private final long elsewhere;

	private final List<Long> countyHouseholds;

	private final List<Long> cases;

	private final List<String> householdNumbers;

	/**
	 * @param api the API's GraphQL URL
	 * @param database a connection to the benchmark database, for the rows the load picks
	 */
	SoakBenchmark(String api, KeycloakTokens tokens, ProcessHandle apiProcess, Callable<Connection> database)
			throws Exception {
		this.api = api;
		this.tokens = tokens;
		this.apiProcess = apiProcess;
		try (Connection connection = database.call()) {
			this.workerHouseholds = longs(connection, "SELECT id FROM household WHERE group_code = ? ORDER BY id", WORKER_GROUP);
			this.elsewhere = longs(connection, "SELECT id FROM household WHERE group_code = ? ORDER BY id LIMIT 1",
					OTHER_GROUP).getFirst();
			this.countyHouseholds = longs(connection,
					"SELECT id FROM household WHERE county_code = ? AND MOD(id, 100) = 7 ORDER BY id", "999901");
			this.cases = longs(connection, "SELECT id FROM monitored_case WHERE status = ? ORDER BY id LIMIT 500",
					"RISK_ELIMINATED");
			this.householdNumbers = strings(connection,
					"SELECT household_number FROM household WHERE county_code = ? ORDER BY id LIMIT 2000", "999901");
		}
	}

	/** Runs the load for {@code duration} and returns the report's lines. */
	List<String> run(Duration duration) throws Exception {
		long heapBefore = heapAfterGc();
		Instant start = Instant.now();
		Instant until = start.plus(duration);
		List<Callable<Void>> personas = List.of(
				() -> loop(until, this::county), () -> loop(until, this::township), () -> loop(until, this::village),
				() -> loop(until, this::worker), () -> loop(until, this::healthDepartment), () -> loop(until, this::auditor));
		ExecutorService pool = Executors.newFixedThreadPool(personas.size());
		try {
			for (Future<Void> persona : pool.invokeAll(personas)) {
				persona.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
		long heapAfter = heapAfterGc();
		long total = this.calls.values().stream().mapToLong(LongAdder::sum).sum();
		List<String> report = new ArrayList<>();
		report.add("");
		report.add("Soak  %.0f s, 6 personas at once (county, township, village, worker, health department, auditor)"
			.formatted(seconds));
		report.add("%-40s %8s %8s".formatted("request", "count", "mean ms"));
		this.calls.keySet().stream().sorted().forEach((name) -> report.add("%-40s %8d %8.1f".formatted(name,
				this.calls.get(name).sum(), this.nanos.get(name).sum() / 1e6 / this.calls.get(name).sum())));
		report.add("total %d requests, %.1f req/s; errors %d; authorization probes %d, leaks %d%s".formatted(total,
				total / seconds, this.errors.sum(), this.probes.sum(), this.leaks.sum(),
				(this.errors.sum() + this.leaks.sum() == 0) ? "" : "  FAILED: both must be 0"));
		report.add("API heap after a full GC: %.1f MB before, %.1f MB after".formatted(heapBefore / 1e6, heapAfter / 1e6));
		this.firstFailures.forEach((failure) -> report.add("  failure: " + failure));
		return report;
	}

	@FunctionalInterface
	private interface Step {

		void run(long round) throws Exception;

	}

	private Void loop(Instant until, Step step) throws Exception {
		for (long round = 0; Instant.now().isBefore(until); round++) {
			step.run(round);
		}
		return null;
	}

	// The personas

	private void county(long round) throws Exception {
		Persona county = Persona.COUNTY;
		call("county page with ID numbers", county, PAGE, Map.of("after", cursor(pick(this.countyHouseholds))));
		call("county case timeline", county, TIMELINE, Map.of("id", new GlobalId("MonitoredCase", pick(this.cases)).encode()));
		if (round % 4 == 0) {
			call("county cases awaiting", county, AWAITING, Map.of());
		}
	}

	private void township(long round) throws Exception {
		call("township cases awaiting", Persona.TOWNSHIP, AWAITING, Map.of());
		call("township overdue cases", Persona.TOWNSHIP, OVERDUE, Map.of());
		call("township page", Persona.TOWNSHIP, FIELD_PAGE, Map.of());
	}

	private void village(long round) throws Exception {
		call("village page, ID and health", Persona.VILLAGE, FIELD_PAGE, Map.of());
		visit("village recordVisit", Persona.VILLAGE);
		refused("village: another township's household", Persona.VILLAGE, HOUSEHOLD,
				Map.of("id", household(this.elsewhere)), "NOT_FOUND");
	}

	private void worker(long round) throws Exception {
		String page = call("worker page", Persona.WORKER, FIELD_PAGE, Map.of());
		probe(shownInFull(page), "worker shown a full ID or health");
		visit("worker recordVisit", Persona.WORKER);
		refused("worker: another group's household", Persona.WORKER, HOUSEHOLD,
				Map.of("id", household(this.elsewhere)), "NOT_FOUND");
		refused("worker: audit trail", Persona.WORKER, AUDIT, Map.of(), "FORBIDDEN");
	}

	private void healthDepartment(long round) throws Exception {
		Persona health = Persona.HEALTH_SYSTEM;
		if (round % 5 == 0) {
			push(health);
		}
		call("health warning feed", health, FEED, Map.of());
		String household = call("health household", health, HOUSEHOLD,
				Map.of("id", household(pick(this.workerHouseholds))));
		probe(FULL_ID_NUMBER.matcher(household).find(), "health department shown a full ID number");
		refused("health: civil affairs field", health, OUTSIDE_DOMAIN,
				Map.of("id", household(pick(this.workerHouseholds))), "FORBIDDEN");
	}

	private void auditor(long round) throws Exception {
		call("auditor audit trail", Persona.AUDITOR, AUDIT, Map.of());
		call("auditor access log", Persona.AUDITOR, ACCESS_LOG, Map.of());
		String household = call("auditor household", Persona.AUDITOR, HOUSEHOLD,
				Map.of("id", household(pick(this.workerHouseholds))));
		probe(shownInFull(household), "auditor shown a full ID or health");
	}

	// Paced writes

	private final Map<Persona, Instant> lastWrite = new ConcurrentHashMap<>();

	private void visit(String name, Persona persona) throws Exception {
		if (!due(persona, VISIT_EVERY)) {
			return;
		}
		Map<String, Object> input = Map.of("householdId", household(pick(this.workerHouseholds)), "method", "IN_PERSON",
				"visitedAt", Instant.now().minusSeconds(60).toString(), "riskFound", false, "policyAware", true,
				"note", "持续负载走访");
		expectNoUserErrors(name, call(name, persona, VISIT, Map.of("input", input)), "/data/recordVisit/userErrors");
	}

	private void push(Persona department) throws Exception {
		if (!due(department, PUSH_EVERY)) {
			return;
		}
		String batch = "soak-" + Long.toString(System.nanoTime(), 36);
		List<Map<String, Object>> items = new ArrayList<>();
		for (int k = 0; k < 10; k++) {
			items.add(Map.of("referenceId", batch + "-" + k, "householdNumber", pick(this.householdNumbers), "riskTypes",
					List.of("ILLNESS"), "observedOn", LocalDate.now().minusDays(1).toString(), "facts",
					Map.of("outOfPocketMedicalCost", 12000, "note", "住院自付费用高")));
		}
		String name = "health pushWarnings (10)";
		expectNoUserErrors(name, call(name, department, PUSH, Map.of("input", Map.of("batchId", batch, "warnings", items))),
				"/data/pushWarnings/userErrors");
	}

	private boolean due(Persona persona, Duration every) {
		Instant now = Instant.now();
		Instant last = this.lastWrite.get(persona);
		if (last != null && last.plus(every).isAfter(now)) {
			return false;
		}
		this.lastWrite.put(persona, now);
		return true;
	}

	// Requests, errors and probes

	/** A request that must succeed: an HTTP or GraphQL error counts as an error. */
	private String call(String name, Persona persona, String query, Map<String, Object> variables) throws Exception {
		HttpResponse<String> response = post(name, persona, query, variables);
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			fail(name + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	/** A probe that must be refused with {@code code} and no data; data is a leak, any other answer an error. */
	private void refused(String name, Persona persona, String query, Map<String, Object> variables, String code)
			throws Exception {
		HttpResponse<String> response = post(name, persona, query, variables);
		JsonNode answer = JSON.readTree(response.body());
		boolean data = answer.path("data").propertyStream()
			.anyMatch((field) -> !field.getValue().isNull() && !field.getValue().isMissingNode());
		probe(data, name + " answered with data: " + response.body());
		if (!data && !code.equals(answer.at("/errors/0/extensions/code").asString(""))) {
			fail(name + ": expected " + code + ", got " + response.body());
		}
	}

	private static boolean shownInFull(String answer) {
		return FULL_ID_NUMBER.matcher(answer).find() || HEALTH_SHOWN.matcher(answer).find();
	}

	private void probe(boolean leaked, String what) {
		this.probes.increment();
		if (leaked) {
			this.leaks.increment();
			record(what);
		}
	}

	private void expectNoUserErrors(String name, String body, String pointer) {
		if (!JSON.readTree(body).at(pointer).isEmpty()) {
			fail(name + ": " + body);
		}
	}

	private void fail(String what) {
		this.errors.increment();
		record(what);
	}

	private void record(String what) {
		if (this.firstFailures.size() < 10) {
			this.firstFailures.add(what.substring(0, Math.min(what.length(), 300)));
		}
	}

	private HttpResponse<String> post(String name, Persona persona, String query, Map<String, Object> variables)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.api))
			.header("Authorization", "Bearer " + this.tokens.accessToken(persona))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		this.calls.computeIfAbsent(name, (any) -> new LongAdder()).increment();
		this.nanos.computeIfAbsent(name, (any) -> new LongAdder()).add(System.nanoTime() - start);
		return response;
	}

	// Heap

	/**
	 * The API's heap in use right after a full GC (requested with jcmd), as its actuator reports it to a grid
	 * administrator: what the load left behind, not garbage not yet collected.
	 */
	private long heapAfterGc() throws Exception {
		Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(this.apiProcess.pid()), "GC.run")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (gc.waitFor() != 0) {
			throw new IOException("jcmd GC.run failed for the API process " + this.apiProcess.pid());
		}
		String metrics = this.api.replaceFirst("/graphql$", "/actuator/metrics/jvm.memory.used?tag=area:heap");
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(metrics))
			.header("Authorization", "Bearer " + this.tokens.accessToken(Persona.ADMIN))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("actuator answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body()).at("/measurements/0/value").asLong();
	}

	// Rows to pick from

	private static <T> T pick(List<T> values) {
		return values.get(ThreadLocalRandom.current().nextInt(values.size()));
	}

	private static String household(long id) {
		return new GlobalId("Household", id).encode();
	}

	private static String cursor(long afterId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + afterId).getBytes(StandardCharsets.UTF_8));
	}

	private static List<Long> longs(Connection connection, String sql, String parameter) throws SQLException {
		return strings(connection, sql, parameter).stream().map(Long::parseLong).toList();
	}

	private static List<String> strings(Connection connection, String sql, String parameter) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setString(1, parameter);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		if (values.isEmpty()) {
			throw new IllegalStateException("The benchmark data has no rows for: " + sql.toLowerCase(Locale.ROOT));
		}
		return values;
	}

}
