package org.fangpin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.fangpin.devservices.DevServices;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.household.IdNumberCiphers;
import org.fangpin.support.KeycloakTokens;
import org.fangpin.support.Persona;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API at a county's size, with the JIT users get: {@code ./mvnw -Pbench verify} (see README.md,
 * "Benchmarks"). Generates the data sets once (150,000 households; 1.1 million in eight counties), starts
 * Keycloak and the packaged API jar on a normal JVM, and prints side by side:
 * <ul>
 * <li>P1: the household page through HTTP with real tokens against raw JDBC + Jackson making the same JSON
 * from the same rows, at the same concurrency, with and without ID numbers;</li>
 * <li>P2: SQL statements per request for pages of 5, 50 and 100;</li>
 * <li>P3: database time of a scoped page at every grid level, first page and deep in the list, at 150 k and
 * 1.1 M households;</li>
 * <li>P4: the case work lists and a case's timeline at county scale; and the request floor ({@code me});</li>
 * <li>P5: a department's batch of 1,000 warnings against raw JDBC batches of the same rows;</li>
 * <li>feed: a department reading 10,000 changes of its feed ({@code warningUpdates}), page by page;</li>
 * <li>P6: a campaign's progress table at county, township and village level ({@link CampaignProgressBenchmark});</li>
 * <li>evidence: a 5 MB phone photo uploaded, one at a time and 8 at once, with the API's memory ({@link EvidencePart});</li>
 * <li>ledger: the county's roster as a spreadsheet, and the dashboard ({@link LedgerPart}); dashboard: the
 * dashboard alone.</li>
 * <li>two: P1's load on two instances behind HAProxy against one, and what they must do once ({@link TwoInstancesPart}).</li>
 * </ul>
 * Settings (system properties): {@code bench.seconds} per measurement (20), {@code bench.threads} (4),
 * {@code bench.large} (true: also the 1.1 M data set), {@code bench.db-url} (a MySQL/MariaDB server to use
 * instead of the embedded one, e.g. {@code jdbc:mysql://127.0.0.1:3306/}), {@code bench.db-name} (the 150 k data set's
 * database, {@code fangpin_bench}).
 */
public final class ApiBenchmark {

	private static final String KEY = "ZGV2LW9ubHkta2V5LWRvLW5vdC11c2UtaW4tcHJvZCE=";

	private static final String COUNTY = "999901";

	/** The 150 k data set's database; another name lets two builds with different migrations keep their own copy. */
	private static final String COUNTY_DATABASE = System.getProperty("bench.db-name", "fangpin_bench");

	private static final String PAGE_QUERY = """
			query($after: String, $first: Int) { households(first: $first, after: $after) { edges { node {
			  id householdNumber address grid { code name } head { name%1$s } members { name relation%1$s } } } } }""";

	private static final String JDBC_OPTIONS = "?createDatabaseIfNotExist=true&connectionTimeZone=UTC"
			+ "&characterEncoding=UTF-8&rewriteBatchedStatements=true";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int seconds = Integer.getInteger("bench.seconds", 20);

	private final int threads = Integer.getInteger("bench.threads", 4);

	private final List<String> parts = List.of(
			System.getProperty("bench.parts", "P1,budget,inprocess,P2,P3,P4,floor,P5").split(","));

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final String serverUrl;

	private final IdNumberCipher cipher = IdNumberCiphers.withKey(KEY);

	private final List<String> report = new ArrayList<>();

	private @Nullable String api;

	private @Nullable KeycloakTokens tokens;

	private ApiBenchmark(String serverUrl) {
		this.serverUrl = serverUrl;
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		String configured = System.getProperty("bench.db-url", "");
		if (!configured.isBlank()) {
			System.setProperty("spring.datasource.url", configured);
		}
		DevServices services = DevServices.start(DevServices.Purpose.BENCHMARK);
		String serverUrl = configured.isBlank()
				? String.valueOf(services.properties().get("spring.datasource.url")).replaceFirst("/fangpin\\?.*", "/")
				: configured;
		String issuer = String.valueOf(services.properties().getOrDefault("fangpin.security.issuer-uri",
				System.getProperty("fangpin.security.issuer-uri")));
		ApiBenchmark benchmark = new ApiBenchmark(serverUrl);
		int status = 0;
		try {
			benchmark.run(jar, issuer);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		// the embedded database's and Keycloak's threads would keep the JVM alive; their shutdown hooks stop them
		System.exit(status);
	}

	private void run(Path jar, String issuer) throws Exception {
		ensureDataSet(COUNTY_DATABASE, List.of(COUNTY), false);
		boolean large = Boolean.parseBoolean(System.getProperty("bench.large", "true"));
		if (large) {
			ensureDataSet("fangpin_bench_1m", List.of(COUNTY, "999902", "999903", "999904", "999905", "999906",
					"999907", "999908"), true);
		}
		long bufferPoolMb = forgetEarlierRuns();
		int port = freePort();
		long starting = System.nanoTime();
		Process process = startApi(jar, port, issuer, Path.of("target", "bench", "api.log"));
		this.apiProcess = process.toHandle();
		try {
			this.api = "http://localhost:" + port + "/graphql";
			awaitReady(port, process);
			double startUp = (System.nanoTime() - starting) / 1e9;
			double startUpCounts = awaitStartUpCounts(process);
			long[] atRest = CpuBudget.residentMb(process.pid());
			this.tokens = new KeycloakTokens(issuer);
			line("fangpin API benchmark: %d threads, %d s per measurement, %d cores (load average %s), database buffer pool %,d MB, JVM %s (API: %s)",
					this.threads, this.seconds, Runtime.getRuntime().availableProcessors(), loadAverage(), bufferPoolMb,
					System.getProperty("java.version"),
					String.join(" ", process.info().arguments().map(Arrays::asList).orElse(List.of()).stream()
						.filter((arg) -> arg.startsWith("-X")).toList()));
			section("Start-up and memory of the API process (resident set, heap, code and all)");
			line("%-44s %10.1f s", "start-up to ready (process start to readiness 200)", startUp);
			line("%-44s %10d MB", "at rest, right after ready", atRest[0]);
			line("%-44s %10.1f s", "start-up's sweep and snapshot count, waited for", startUpCounts);
			if (this.parts.stream().anyMatch((part) -> !part.equals("P3"))) {
				warmUp(this.api);
				line("%-44s %10d MB", "after the warm-up (P1 pages, 30 s or more)", CpuBudget.residentMb(process.pid())[0]);
			}
			if (this.parts.contains("P1")) {
				p1();
				long[] underLoad = CpuBudget.residentMb(process.pid());
				line("%-44s %10d MB (peak so far %d MB)", "after P1's load", underLoad[0], underLoad[1]);
			}
			if (this.parts.contains("budget")) {
				budget();
			}
			if (this.parts.contains("inprocess")) {
				inProcess(issuer);
			}
			if (this.parts.contains("P2")) {
				p2();
			}
			if (this.parts.contains("P4")) {
				p4();
			}
			if (this.parts.contains("floor")) {
				floor();
			}
			if (this.parts.contains("two")) {
				two(jar, issuer, port);
			}
			if (this.parts.contains("P3")) {
				p3("150 k", COUNTY_DATABASE);
				if (large) {
					p3("1.1 M", "fangpin_bench_1m");
				}
			}
			if (this.parts.contains("ledger") || this.parts.contains("dashboard")) {
				try (Connection connection = connect(COUNTY_DATABASE)) {
					String token = token(Persona.COUNTY);
					LedgerPart ledgers = new LedgerPart(this.http, this.api, token,
							(query, variables) -> post(token, query, variables), connection, this.apiProcess, this::line);
					if (this.parts.contains("ledger")) {
						ledgers.roster(COUNTY);
					}
					ledgers.statistics(COUNTY);
				}
			}
			if (this.parts.contains("feed")) {
				feed();
			}
			// last: it adds warnings and leads to the county
			if (this.parts.contains("P5")) {
				p5();
			}
			// after P5, whose leads fall outside the campaign's weeks: a county's table may take seconds under load
			if (this.parts.contains("P6")) {
				try (Connection connection = connect(COUNTY_DATABASE)) {
					new CampaignProgressBenchmark(connection, new CampaignProgressBenchmark.Harness() {

						@Override
						public String post(Persona persona, String query, Map<String, Object> variables) throws Exception {
							return ApiBenchmark.this.post(token(persona), query, variables);
						}

						@Override
						public int get(Persona persona, String path) throws Exception {
							HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
								.header("Authorization", "Bearer " + token(persona))
								.build();
							return ApiBenchmark.this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
						}

						@Override
						public void line(String format, Object... args) {
							ApiBenchmark.this.line(format, args);
						}

					}).run(COUNTY);
				}
			}
			if (this.parts.contains("evidence")) {
				new EvidencePart(this.http, "http://localhost:" + port, token(Persona.WORKER), this.apiProcess, this::line)
					.run();
			}
			if (this.parts.contains("soak")) {
				new SoakBenchmark(this.api, this.tokens, this.apiProcess, () -> connect(COUNTY_DATABASE))
					.run(Duration.ofMinutes(Long.getLong("bench.soak.minutes", 3))).forEach(this::line);
			}
		}
		finally {
			process.destroy();
			process.waitFor();
		}
		line("");
		line("load average at the end: %s (other processes on the machine share its cores with the API and the database)",
				loadAverage());
		System.out.println();
		this.report.forEach(System.out::println);
	}

	/**
	 * Right after its start the API counts the dashboard's snapshot (25 s for the county on a loaded machine),
	 * sweeping first a county no sweep has finished (minutes on a fresh data set): nothing is measured beside them,
	 * in the API's process and not in the raw side's. Returns how long they were waited for.
	 */
	private double awaitStartUpCounts(Process process) throws Exception {
		long start = System.nanoTime();
		// the count is claimed as soon as the API is ready: give it the moment to claim it
		Thread.sleep(2000);
		try (Connection connection = connect(COUNTY_DATABASE)) {
			while (count(connection, "SELECT COUNT(*) FROM quality_sweep WHERE county_code = ? AND finished_at IS NOT NULL",
					COUNTY) == 0 || count(connection, "SELECT COUNT(*) FROM figures_snapshot WHERE id = ?"
							+ " AND (as_of IS NULL OR counting_since IS NOT NULL)", "1") > 0) {
				if (!process.isAlive() || System.nanoTime() - start > Duration.ofMinutes(20).toNanos()) {
					throw new IllegalStateException("The start-up's sweep and count did not finish; see target/bench/api.log");
				}
				Thread.sleep(1000);
			}
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** The API's JIT compiles what the measured requests run before anything is measured. */
	private void warmUp(String url) throws Exception {
		List<Long> afters = cursors(COUNTY_DATABASE, COUNTY, 50, 100);
		String token = token(Persona.COUNTY);
		AtomicLong next = new AtomicLong();
		long until = System.nanoTime() + Duration.ofSeconds(Math.max(30, 2L * this.seconds)).toNanos();
		throughput(() -> {
			long n = next.getAndIncrement();
			if (System.nanoTime() < until) {
				post(url, token, PAGE_QUERY.formatted((n % 2 == 0) ? "" : " idNumber"),
						Map.of("first", 50, "after", cursor(afters.get((int) (n % afters.size())))));
			}
		}, null);
	}

	// P1: the household page, API against raw JDBC + Jackson

	private void p1() throws Exception {
		List<Long> afters = cursors(COUNTY_DATABASE, COUNTY, 50, 100);
		section("P1  households(first: 50) as county: API over HTTP vs raw JDBC + Jackson, same rows, %d threads",
				this.threads);
		line("%-18s %10s %12s %7s %15s %14s %18s %17s %17s", "page", "API req/s", "raw pages/s", "ratio",
				"API CPU ms/req", "DB CPU ms/req", "client CPU ms/req", "raw CPU ms/page", "raw DB ms/page");
		for (boolean idNumbers : new boolean[] { false, true }) {
			String query = PAGE_QUERY.formatted(idNumbers ? " idNumber" : "");
			String token = token(Persona.COUNTY);
			String fromApi = post(token, query, Map.of("first", 50, "after", cursor(afters.get(7))));
			RawHouseholdPage raw = new RawHouseholdPage(this.cipher, idNumbers);
			String fromRaw;
			try (Connection connection = connect(COUNTY_DATABASE)) {
				fromRaw = RawHouseholdPage.text(raw.page(connection, "county_code", COUNTY, afters.get(7), 50));
			}
			if (!JSON.readTree(fromApi).equals(JSON.readTree(fromRaw))) {
				throw new IllegalStateException("raw JDBC page differs from the API's:\n" + fromApi + "\n" + fromRaw);
			}
			Throughput viaApi = pages(this.api, idNumbers, afters);
			AtomicLong next = new AtomicLong();
			Throughput viaJdbc = throughput(() -> {
			}, (connection) -> raw.page(connection, "county_code", COUNTY,
					afters.get((int) (next.getAndIncrement() % afters.size())), 50));
			line("%-18s %10.0f %12.0f %6.2fx %15.2f %14s %18.2f %17.2f %17s", idNumbers ? "with idNumber" : "without idNumber",
					viaApi.perSecond, viaJdbc.perSecond, viaApi.perSecond / viaJdbc.perSecond, viaApi.apiCpuMs,
					viaApi.dbCpuMs.map((ms) -> "%.2f".formatted(ms)).orElse("n/a"), viaApi.ownCpuMs, viaJdbc.ownCpuMs,
					viaJdbc.dbCpuMs.map((ms) -> "%.2f".formatted(ms)).orElse("n/a"));
		}
		line("(same JSON checked; raw: %d threads in the benchmark JVM, one connection each; client: the benchmark JVM's"
				+ " CPU per API request, its HTTP client sharing the cores)", this.threads);
	}

	/** P1's load on the API at {@code url}: the county's pages of 50, spread over the whole list. */
	private Throughput pages(String url, boolean idNumbers, List<Long> afters) throws Exception {
		String query = PAGE_QUERY.formatted(idNumbers ? " idNumber" : "");
		String token = token(Persona.COUNTY);
		AtomicLong next = new AtomicLong();
		return throughput(() -> {
			Long after = afters.get((int) (next.getAndIncrement() % afters.size()));
			post(url, token, query, Map.of("first", 50, "after", cursor(after)));
		}, null);
	}

	// Two instances behind a load balancer

	private void two(Path jar, String issuer, int port) throws Exception {
		List<Long> afters = cursors(COUNTY_DATABASE, COUNTY, 50, 100);
		new TwoInstancesPart(new TwoInstancesPart.Harness() {

			@Override
			public Process startApi(int secondPort, Path log) throws Exception {
				Process second = ApiBenchmark.this.startApi(jar, secondPort, issuer, log);
				awaitReady(secondPort, second);
				return second;
			}

			@Override
			public void awaitReady(int port, Process process) throws Exception {
				ApiBenchmark.this.awaitReady(port, process);
			}

			@Override
			public void warmUp(String url) throws Exception {
				ApiBenchmark.this.warmUp(url);
			}

			@Override
			public Throughput pages(String url, boolean idNumbers, ProcessHandle second) throws Exception {
				ApiBenchmark.this.secondApi = second;
				try {
					return ApiBenchmark.this.pages(url, idNumbers, afters);
				}
				finally {
					ApiBenchmark.this.secondApi = null;
				}
			}

			@Override
			public Connection connect() throws SQLException {
				return ApiBenchmark.this.connect(COUNTY_DATABASE);
			}

			@Override
			public void line(String format, Object... args) {
				ApiBenchmark.this.line(format, args);
			}

		}, port, this.apiProcess, this.threads).run();
	}

	// The CPU budget per layer of the P1 page, and the page without HTTP

	private void budget() throws Exception {
		List<Long> afters = cursors(COUNTY_DATABASE, COUNTY, 50, 100);
		String token = token(Persona.COUNTY);
		for (boolean idNumbers : new boolean[] { false, true }) {
			String query = PAGE_QUERY.formatted(idNumbers ? " idNumber" : "");
			section("Budget  the API's CPU per P1 request (%s) by layer: JFR execution samples every 2 ms, %d s of P1's"
					+ " load, %d cores (load average %s)", idNumbers ? "with idNumber" : "without idNumber", this.seconds,
					Runtime.getRuntime().availableProcessors(), loadAverage());
			CpuBudget budget = new CpuBudget(this.apiProcess, Path.of("target", "bench", "budget.jfr"));
			AtomicLong next = new AtomicLong();
			ExecutorService pool = Executors.newFixedThreadPool(this.threads);
			try {
				budget.start();
				long start = System.nanoTime();
				long calls = drive(pool, () -> post(token, query,
						Map.of("first", 50, "after", cursor(afters.get((int) (next.getAndIncrement() % afters.size()))))),
						null, Duration.ofSeconds(this.seconds));
				double perSecond = calls / ((System.nanoTime() - start) / 1e9);
				budget.stop(calls).forEach((text) -> line("%s", text));
				line("(%,d requests, %.0f/s while recorded)", calls, perSecond);
			}
			finally {
				pool.shutdownNow();
			}
		}
	}

	private void inProcess(String issuer) throws Exception {
		List<Long> afters = cursors(COUNTY_DATABASE, COUNTY, 50, 100);
		String token = token(Persona.COUNTY);
		section("In process  the P1 page without HTTP, in the benchmark's JVM (%d cores, load average %s)",
				Runtime.getRuntime().availableProcessors(), loadAverage());
		InProcessPart part = new InProcessPart(this.serverUrl + COUNTY_DATABASE + JDBC_OPTIONS, issuer, KEY, token, afters,
				(call) -> {
					Throughput measured = throughput(() -> {
					}, call);
					return new double[] { measured.perSecond, this.lastRawCpuMs, this.lastWorkerCpuMs };
				}, this::line);
		part.header();
		for (boolean idNumbers : new boolean[] { false, true }) {
			String query = PAGE_QUERY.formatted(idNumbers ? " idNumber" : "");
			String fromApi = post(token, query, Map.of("first", 50, "after", cursor(afters.getFirst())));
			part.run(query, COUNTY, new RawHouseholdPage(this.cipher, idNumbers), fromApi, idNumbers);
		}
	}

	// P2: statements per request

	private void p2() throws Exception {
		section("P2  SQL statements per households request (county, with head and members)");
		line("%-10s %12s", "first", "statements");
		String token = token(Persona.COUNTY);
		String query = PAGE_QUERY.formatted("");
		try (Connection connection = connect(COUNTY_DATABASE)) {
			for (int size : new int[] { 5, 50, 100 }) {
				long before = status(connection, "Com_select");
				int requests = 20;
				for (int i = 0; i < requests; i++) {
					post(token, query, Map.of("first", size));
				}
				double perRequest = (double) (status(connection, "Com_select") - before) / requests;
				line("%-10d %12.2f", size, perRequest);
			}
		}
	}

	// P3: database time of a scoped page

	private void p3(String label, String database) throws Exception {
		section("P3  database time of a scoped page of 50, %s households: the scoped statement; and for context the"
				+ " whole raw page (3 statements + JSON)", label);
		line("%-9s %-15s %10s %-6s %10s %10s %12s %12s", "level", "grid", "in scope", "page", "p50 ms", "p95 ms",
				"whole p50", "whole p95");
		String[][] levels = { { "COUNTY", "county_code", COUNTY }, { "TOWNSHIP", "township_code", COUNTY + "100" },
				{ "VILLAGE", "village_code", COUNTY + "100201" }, { "GROUP", "group_code", COUNTY + "10020101" } };
		RawHouseholdPage raw = new RawHouseholdPage(this.cipher, false);
		try (Connection connection = connect(database)) {
			for (String[] level : levels) {
				long inScope = count(connection, "SELECT COUNT(*) FROM household WHERE " + level[1] + " = ?", level[2]);
				long deep = Math.max(0, Math.min(100_000, inScope - 50));
				Long deepAfter = (deep == 0) ? null
						: count(connection, "SELECT id FROM household WHERE " + level[1] + " = ? ORDER BY id LIMIT 1 OFFSET "
								+ (deep - 1), level[2]);
				for (Long after : (deepAfter == null) ? Collections.<Long>singletonList(null) : Arrays.asList(null, deepAfter)) {
					double[] statement = new double[300];
					double[] page = new double[300];
					for (int i = -50; i < 300; i++) {
						long start = System.nanoTime();
						try (PreparedStatement select = connection.prepareStatement(RawHouseholdPage.pageSql(level[1], after != null))) {
							int p = 1;
							select.setString(p++, level[2]);
							if (after != null) {
								select.setLong(p++, after);
							}
							select.setInt(p, 51);
							try (ResultSet rows = select.executeQuery()) {
								while (rows.next()) {
									rows.getLong(1);
								}
							}
						}
						long middle = System.nanoTime();
						raw.page(connection, level[1], level[2], after, 50);
						long end = System.nanoTime();
						if (i >= 0) {
							statement[i] = (middle - start) / 1e6;
							page[i] = (end - middle) / 1e6;
						}
					}
					line("%-9s %-15s %,10d %-6s %10.2f %10.2f %12.2f %12.2f", level[0], level[2], inScope,
							(after == null) ? "first" : (deep >= 1000) ? "+" + deep / 1000 + "k" : "+" + deep, percentile(statement, 50),
							percentile(statement, 95), percentile(page, 50), percentile(page, 95));
				}
			}
		}
	}

	// P5: a department's batch of warnings, API against raw JDBC batch inserts of the same rows

	private static final String PUSH = """
			mutation($input: PushWarningsInput!) { pushWarnings(input: $input) { batch { accepted } userErrors { message } } }""";

	private void p5() throws Exception {
		section("P5  pushWarnings of 1,000 matched warnings as the health department: API over HTTP vs raw JDBC batch"
				+ " inserts of the same rows (batch, leads, warnings, results), one client");
		List<String> numbers = new ArrayList<>();
		try (Connection connection = connect(COUNTY_DATABASE);
				PreparedStatement select = connection
					.prepareStatement("SELECT household_number FROM household WHERE county_code = ? ORDER BY id LIMIT 1000")) {
			select.setString(1, COUNTY);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					numbers.add(rows.getString(1));
				}
			}
		}
		String token = token(Persona.HEALTH_SYSTEM);
		String run = Long.toString(System.currentTimeMillis(), 36);
		String observedOn = LocalDate.now().minusDays(1).toString();
		// the JIT compiles both paths before they are timed: the API's runs through far more code than the raw one
		int unmeasured = 10;
		int rounds = 20;
		double[] viaApi = new double[rounds];
		double[] viaJdbc = new double[rounds];
		try (Connection connection = connect(COUNTY_DATABASE)) {
			for (int round = -unmeasured; round < rounds; round++) {
				List<Map<String, Object>> items = new ArrayList<>();
				for (int k = 0; k < numbers.size(); k++) {
					items.add(Map.of("referenceId", run + "-" + round + "-" + k, "householdNumber", numbers.get(k),
							"riskTypes", List.of("ILLNESS"), "observedOn", observedOn, "facts",
							Map.of("outOfPocketMedicalCost", 12000, "note", "住院自付费用高")));
				}
				long start = System.nanoTime();
				String answer = post(token, PUSH,
						Map.of("input", Map.of("batchId", run + "-" + round, "warnings", items)));
				long middle = System.nanoTime();
				if (JSON.readTree(answer).at("/data/pushWarnings/batch/accepted").asInt() != numbers.size()) {
					throw new IllegalStateException("the batch was not accepted whole: " + answer);
				}
				RawWarningBatch.insert(connection, run + "-raw-" + round, COUNTY, numbers, observedOn);
				long end = System.nanoTime();
				if (round >= 0) {
					viaApi[round] = (middle - start) / 1e6;
					viaJdbc[round] = (end - middle) / 1e6;
				}
			}
		}
		line("%-22s %12s %12s %8s   (%d rounds after %d unmeasured)", "batch of 1,000", "API p50 ms", "raw p50 ms",
				"ratio", rounds, unmeasured);
		line("%-22s %12.1f %12.1f %7.2fx", "pushWarnings", percentile(viaApi, 50), percentile(viaJdbc, 50),
				percentile(viaApi, 50) / percentile(viaJdbc, 50));
		line("(API: HTTP, token, GraphQL, checks, matching by household number, one batch per table, audit;"
				+ " raw: the same rows and the audit record in one transaction; both rewriteBatchedStatements)");
	}

	// feed: a department's change feed, read from the start

	private static final int FEED_CHANGES = 10_000;

	private static final String UPDATES = """
			query($after: String) { warningUpdates(first: 100, after: $after) {
			  edges { node { sequence referenceId kind status caseType caseStatus reason occurredAt } }
			  pageInfo { endCursor hasNextPage } } }""";

	/**
	 * The education department's feed holds at least 10,000 changes (pushed once as unmatched warnings, about
	 * people the county does not know, so that no household, lead or case changes), and is read from the start in
	 * pages of 100, as a new integrator's first poll does: each page's latency, and the whole read.
	 */
	private void feed() throws Exception {
		section("feed  warningUpdates(first: 100) as the education department, from the start through %,d changes"
				+ " (one client, latency; the settle window as in production)", FEED_CHANGES);
		String token = token(Persona.EDUCATION_SYSTEM);
		long held;
		try (Connection connection = connect(COUNTY_DATABASE)) {
			held = count(connection, "SELECT COUNT(*) FROM warning_change WHERE department = 'EDUCATION' AND county_code = ?",
					COUNTY);
		}
		if (held < FEED_CHANGES) {
			String run = Long.toString(System.currentTimeMillis(), 36);
			String observedOn = LocalDate.now().minusDays(1).toString();
			for (int batch = 0; batch * 1000 < FEED_CHANGES - held; batch++) {
				List<Map<String, Object>> items = new ArrayList<>();
				for (int k = 0; k < 1000; k++) {
					int person = batch * 1000 + k;
					String first17 = "999909" + LocalDate.of(1980, 1, 1).plusDays(person / 400).toString().replace("-", "")
							+ "%03d".formatted(person % 400 * 2 + 1);
					items.add(Map.of("referenceId", run + "-" + person, "idNumber",
							first17 + IdNumber.checkCharacter(first17), "riskTypes", List.of("EDUCATION"), "observedOn",
							observedOn, "facts", Map.of("schoolDropout", true)));
				}
				post(token, PUSH, Map.of("input", Map.of("batchId", run + "-" + batch, "warnings", items)));
			}
			// served once older than the settle window
			Thread.sleep(Duration.ofSeconds(6));
		}
		int reads = 3;
		List<Double> pages = new ArrayList<>();
		double[] whole = new double[reads];
		int read = 0;
		for (int round = -1; round < reads; round++) {
			String after = null;
			read = 0;
			long start = System.nanoTime();
			while (read < FEED_CHANGES) {
				long pageStart = System.nanoTime();
				JsonNode page = JSON.readTree(post(token, UPDATES, (after == null) ? Map.of() : Map.of("after", after)))
					.at("/data/warningUpdates");
				if (round >= 0) {
					pages.add((System.nanoTime() - pageStart) / 1e6);
				}
				read += page.path("edges").size();
				if (!page.at("/pageInfo/hasNextPage").asBoolean()) {
					break;
				}
				after = page.at("/pageInfo/endCursor").asString();
			}
			if (round >= 0) {
				whole[round] = (System.nanoTime() - start) / 1e6;
			}
		}
		double[] perPage = pages.stream().mapToDouble(Double::doubleValue).toArray();
		line("%-26s %8s %10s %10s %14s", "read", "changes", "p50 ms", "p95 ms", "whole read ms");
		line("%-26s %,8d %10.2f %10.2f %14.0f", "page of 100", read, percentile(perPage, 50), percentile(perPage, 95),
				percentile(whole, 50));
		line("(%d reads after one unmeasured; p50/p95 over their %d pages; whole read: the median read of all pages)",
				reads, perPage.length);
	}

	// P4: the case work lists and a timeline, through the API

	private void p4() throws Exception {
		section("P4  case work lists and a case timeline through the API, 150 k households (one client, latency)");
		line("%-26s %-10s %8s %10s %10s", "request", "caller", "rows", "p50 ms", "p95 ms");
		String awaiting = "{ casesAwaitingMyAction(first: 20) { edges { node { id status deadline overdue household { householdNumber } } } } }";
		String overdue = "{ myOverdueCases(first: 20) { edges { node { id status deadline household { householdNumber } } } } }";
		String timeline = "query($id: ID!) { case(id: $id) { status timeline { occurredAt actorName action fromStatus toStatus note } } }";
		for (Persona persona : List.of(Persona.COUNTY, Persona.TOWNSHIP, Persona.VILLAGE)) {
			latency("casesAwaitingMyAction", persona, awaiting, Map.of());
			latency("myOverdueCases", persona, overdue, Map.of());
		}
		List<Long> caseIds = new ArrayList<>();
		try (Connection connection = connect(COUNTY_DATABASE);
				PreparedStatement select = connection.prepareStatement(
						"SELECT id FROM monitored_case WHERE status = 'RISK_ELIMINATED' ORDER BY id LIMIT 200")) {
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					caseIds.add(rows.getLong(1));
				}
			}
		}
		AtomicLong next = new AtomicLong();
		latency("case.timeline", Persona.COUNTY, timeline, null, () -> Map.of("id",
				globalId("MonitoredCase", caseIds.get((int) (next.getAndIncrement() % caseIds.size())))));
	}

	private void floor() throws Exception {
		section("Floor  { me { name } } as county, %d threads", this.threads);
		String token = token(Persona.COUNTY);
		Throughput me = throughput(() -> post(token, "{ me { name } }", Map.of()), null);
		line("%-22s %12.0f req/s %16.2f API CPU ms/req", "me", me.perSecond, me.apiCpuMs);
	}

	private void latency(String name, Persona persona, String query, Map<String, Object> variables) throws Exception {
		latency(name, persona, query, variables, null);
	}

	private void latency(String name, Persona persona, String query, @Nullable Map<String, Object> variables,
			@Nullable Supplier<Map<String, Object>> varying) throws Exception {
		String token = token(persona);
		double[] ms = new double[300];
		String last = "";
		for (int i = -50; i < ms.length; i++) {
			long start = System.nanoTime();
			last = post(token, query, (varying != null) ? varying.get() : variables);
			if (i >= 0) {
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		JsonNode data = JSON.readTree(last).path("data");
		JsonNode first = data.propertyStream().findFirst().map(Map.Entry::getValue).orElseThrow();
		int rows = first.has("edges") ? first.path("edges").size() : first.path("timeline").size();
		line("%-26s %-10s %8d %10.2f %10.2f", name, persona.name().toLowerCase(Locale.ROOT), rows, percentile(ms, 50), percentile(ms, 95));
	}

	// Load

	private double lastRawCpuMs;

	/** The CPU of the load's own threads per call in the last period: this JVM's JIT and collector left out. */
	private double lastWorkerCpuMs;

	/** Each call's time in the last period. */
	private double[] lastLatenciesMs = new double[0];

	/**
	 * Calls per second; CPU per call of the API (both instances while two run), the database and this JVM (the
	 * HTTP client's, or the raw page's); latency.
	 */
	record Throughput(double perSecond, double apiCpuMs, Optional<Double> dbCpuMs, double ownCpuMs, double p50Ms,
			double p95Ms) {
	}

	@FunctionalInterface
	private interface Call {

		void run() throws Exception;

	}

	@FunctionalInterface
	interface JdbcCall {

		void run(Connection connection) throws Exception;

	}

	/** Runs the call on every thread for a warm-up and then a measured period; either over HTTP or over JDBC. */
	private Throughput throughput(Call http, @Nullable JdbcCall jdbc) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			drive(pool, http, jdbc, Duration.ofSeconds(Math.max(5, this.seconds / 2)));
			long apiCpuBefore = apiCpuNanos();
			long dbCpuBefore = dbCpuNanos();
			long ownCpuBefore = ownCpuNanos();
			long start = System.nanoTime();
			long calls = drive(pool, http, jdbc, Duration.ofSeconds(this.seconds));
			double elapsed = (System.nanoTime() - start) / 1e9;
			double apiCpu = (apiCpuNanos() - apiCpuBefore) / 1e6 / calls;
			long dbCpu = dbCpuNanos() - dbCpuBefore;
			double ownCpu = (ownCpuNanos() - ownCpuBefore) / 1e6 / calls;
			this.lastRawCpuMs = (jdbc != null) ? ownCpu : this.lastRawCpuMs;
			return new Throughput(calls / elapsed, apiCpu,
					(dbCpuBefore >= 0) ? Optional.of(dbCpu / 1e6 / calls) : Optional.empty(), ownCpu,
					percentile(this.lastLatenciesMs, 50), percentile(this.lastLatenciesMs, 95));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long drive(ExecutorService pool, Call http, @Nullable JdbcCall jdbc, Duration duration) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong calls = new AtomicLong();
		AtomicLong workerCpu = new AtomicLong();
		List<Future<List<Double>>> workers = new ArrayList<>();
		for (int t = 0; t < this.threads; t++) {
			workers.add(pool.submit(() -> {
				List<Double> latencies = new ArrayList<>();
				long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
				try (Connection connection = (jdbc != null) ? connect(COUNTY_DATABASE) : null) {
					while (!stop.get()) {
						long start = System.nanoTime();
						if (jdbc != null) {
							jdbc.run(connection);
						}
						else {
							http.run();
						}
						latencies.add((System.nanoTime() - start) / 1e6);
						calls.incrementAndGet();
					}
				}
				workerCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore);
				return latencies;
			}));
		}
		Thread.sleep(duration);
		stop.set(true);
		List<Double> latencies = new ArrayList<>();
		for (Future<List<Double>> worker : workers) {
			latencies.addAll(worker.get());
		}
		this.lastWorkerCpuMs = workerCpu.get() / 1e6 / calls.get();
		this.lastLatenciesMs = latencies.stream().mapToDouble(Double::doubleValue).toArray();
		return calls.get();
	}

	private String post(String token, String query, Map<String, Object> variables) throws Exception {
		return post(this.api, token, query, variables);
	}

	private String post(String url, String token, String query, Map<String, Object> variables) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables))))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
			throw new IllegalStateException("API answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private String token(Persona persona) {
		return this.tokens.accessToken(persona);
	}

	private long apiCpuNanos() {
		return cpuNanos(this.apiProcess) + ((this.secondApi != null) ? cpuNanos(this.secondApi) : 0);
	}

	static long cpuNanos(ProcessHandle process) {
		return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
	}

	/**
	 * CPU of the database server: the embedded one, or a local server outside the project (-1 when there is
	 * none to watch).
	 */
	private long dbCpuNanos() {
		boolean embedded = this.serverUrl.startsWith("jdbc:mysql://localhost:");
		return ProcessHandle.allProcesses()
			.filter((process) -> process.info().command().orElse("").matches(".*/(mariadbd|mysqld)"))
			.filter((process) -> embedded ? process.info().commandLine().orElse("").contains("mariadb-bench")
					: !process.info().commandLine().orElse("").contains(".fangpin"))
			.findFirst()
			.map((process) -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L))
			.orElse(-1L);
	}

	private static long ownCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	// The API process

	private ProcessHandle apiProcess = ProcessHandle.current();

	/** A second API instance whose CPU counts with the first one's, while part two measures both. */
	private @Nullable ProcessHandle secondApi;

	private Process startApi(Path jar, int port, String issuer, Path log) throws IOException {
		Files.createDirectories(log.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// e.g. -XX:StartFlightRecording=filename=target/bench/api.jfr to see where the time goes
		String jvmArgs = System.getProperty("bench.api-jvm-args", "");
		if (!jvmArgs.isBlank()) {
			command.addAll(List.of(jvmArgs.strip().split("\\s+")));
		}
		// One benchmark caller sends far more than a person's rate budget: the figures are the API's throughput.
		// The grid tree's mirror into Keycloak would run beside the measurements: it is measured on its own.
		// A county's progress table (P6) on a loaded machine may outlast the servlet container's 30 s.
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--fangpin.limits.rate.enabled=false",
				"--fangpin.grid-sync.enabled=false", "--spring.mvc.async.request-timeout=120s",
				// the hourly sweep of 150,000 households would land in whichever measurement runs at the hour
				"--fangpin.quality.sweep-cron=-",
				"--fangpin.evidence.local-dir=target/bench/evidence"));
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("FANGPIN_DB_URL", this.serverUrl + COUNTY_DATABASE);
		builder.environment().put("FANGPIN_ISSUER_URI", issuer);
		builder.environment().put("FANGPIN_DEMO_DATA", "false");
		builder.environment().put("FANGPIN_ENCRYPTION_KEY", KEY);
		return builder.start();
	}

	private void awaitReady(int port, Process process) throws Exception {
		HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.build();
		// the API starts in 20 s on a quiet machine, in over three minutes with a load average of 30
		long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The API exited; see its log in target/bench");
			}
			try {
				if (this.http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(300);
		}
		throw new IllegalStateException("The API did not get ready; see its log in target/bench");
	}

	// Data sets

	/**
	 * Empties the access log that earlier runs wrote into the county's data set (a county's roster adds 150,000
	 * households to it each round), so that every run writes into a log of the same size; returns the database's
	 * buffer pool, in MB. A buffer pool smaller than the households and members (a server's default of 128 MB)
	 * makes the database read from the operating system what the embedded server (2 GB) holds in memory.
	 */
	private long forgetEarlierRuns() throws SQLException {
		try (Connection connection = connect(COUNTY_DATABASE); Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE TABLE sensitive_access_household");
			statement.execute("TRUNCATE TABLE sensitive_access");
			try (ResultSet rows = statement.executeQuery("SELECT @@innodb_buffer_pool_size")) {
				rows.next();
				return rows.getLong(1) / (1024 * 1024);
			}
		}
	}

	/** Generates the data set unless a complete one is there (a run cut short is started over). */
	private void ensureDataSet(String database, List<String> counties, boolean large) throws Exception {
		try (Connection server = DriverManager.getConnection(this.serverUrl + JDBC_OPTIONS.replace("createDatabaseIfNotExist=true&", ""), "root", "");
				Statement statement = server.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
					+ database + "' AND table_name = 'bench_complete'")) {
				rows.next();
				if (rows.getInt(1) == 1) {
					return;
				}
			}
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		Flyway.configure()
			.dataSource(this.serverUrl + database + JDBC_OPTIONS, "root", "")
			.locations("classpath:db/migration")
			.load()
			.migrate();
		long start = System.nanoTime();
		System.out.printf("Generating %s (%d counties%s): a few minutes, once%n", database, counties.size(),
				large ? ", no visits" : "");
		try (Connection connection = connect(database)) {
			CountyGenerator.fastLoad(connection);
			CountyGenerator generator = new CountyGenerator(connection, this.cipher);
			generator.incomeLines("9999");
			for (int c = 0; c < counties.size(); c++) {
				String code = counties.get(c);
				// the first county is the same in both data sets; the others a little smaller
				CountyGenerator.Counts counts = generator.county(code, "县" + code, Long.parseLong(code),
						(c == 0) ? 1.0 : 0.905, !large);
				System.out.printf("  county %s: %s (%.0f s)%n", code, counts, (System.nanoTime() - start) / 1e9);
			}
			try (Statement statement = connection.createStatement()) {
				for (String table : List.of("grid", "household", "member", "monitored_case", "case_event", "risk_lead",
						"measure", "visit", "visit_guarantee", "income_record")) {
					statement.execute("ANALYZE TABLE " + table);
				}
				statement.execute("CREATE TABLE bench_complete (generated_at DATETIME NOT NULL)");
				statement.execute("INSERT INTO bench_complete VALUES (NOW())");
			}
		}
		System.out.printf("Generated %s in %.0f s%n", database, (System.nanoTime() - start) / 1e9);
	}

	private Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(this.serverUrl + database + JDBC_OPTIONS, "root", "");
	}

	/** Ids after which pages of the county start, spread over the whole list. */
	private List<Long> cursors(String database, String county, int pageSize, int pages) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = connect(database);
				PreparedStatement select = connection.prepareStatement(
						"SELECT id FROM household WHERE county_code = ? ORDER BY id")) {
			select.setString(1, county);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		int step = (ids.size() - pageSize) / pages;
		List<Long> cursors = new ArrayList<>();
		for (int i = 0; i < pages; i++) {
			cursors.add(ids.get(i * step));
		}
		return cursors;
	}

	private static long status(Connection connection, String variable) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE '" + variable + "'")) {
			rows.next();
			return rows.getLong(2);
		}
	}

	private static long count(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			select.setString(1, parameter);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? rows.getLong(1) : 0;
			}
		}
	}

	static String loadAverage() {
		try {
			return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	static String cursor(long afterId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + afterId).getBytes(StandardCharsets.UTF_8));
	}

	private static String globalId(String type, long id) {
		return new org.fangpin.graphql.GlobalId(type, id).encode();
	}

	static double percentile(double[] values, int percent) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void section(String format, Object... args) {
		line("");
		line(format, args);
	}

	private void line(String format, Object... args) {
		String text = format.formatted(args);
		this.report.add(text);
		System.out.println(text);
	}

}
