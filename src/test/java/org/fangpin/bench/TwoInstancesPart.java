package org.fangpin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fangpin.db.IdGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Part "two" of {@link ApiBenchmark}: a second API jar on the benchmark's database and Keycloak, and HAProxy on
 * loopback in front of both (round robin). P1's load (the county's pages of 50, with and without ID numbers) runs
 * against the benchmark's instance alone and through the balancer, one after the other in the same run; then the
 * part checks what several instances must keep true: the ids the two minted while both served (the access record
 * of each page with ID numbers) and the scheduled jobs while the second one ran, each job once per period across
 * both. Needs HAProxy ({@code haproxy} on the PATH or in /usr/sbin; Debian and Ubuntu: {@code apt-get install
 * haproxy}).
 */
final class TwoInstancesPart {

	/** What the part takes from the benchmark. */
	interface Harness {

		/** Starts another API jar like the benchmark's own, on {@code port}, its output in {@code log}; ready. */
		Process startApi(int port, Path log) throws Exception;

		/** Waits until {@code port} answers the API's readiness probe with 200, failing if the process ends. */
		void awaitReady(int port, Process process) throws Exception;

		void warmUp(String url) throws Exception;

		/** P1's load on the API at {@code url}; the CPU counted is the first instance's and {@code second}'s. */
		ApiBenchmark.Throughput pages(String url, boolean idNumbers, ProcessHandle second) throws Exception;

		Connection connect() throws SQLException;

		void line(String format, Object... args);

	}

	/** The node of an id ({@link IdGenerator}: 41 bits of time, 10 of node, 12 of sequence). */
	private static final String NODE = "(id >> 12) & 1023";

	private static final Pattern SNAPSHOT = Pattern
		.compile("Statistics snapshot of (\\S+): \\d+ rows, counted in \\d+ ms, (written|left)");

	private static final Pattern SWEEP = Pattern.compile("Data-quality sweep of county (\\d+): .* in (\\d+) ms");

	private final Harness harness;

	private final int firstPort;

	private final ProcessHandle first;

	private final int threads;

	TwoInstancesPart(Harness harness, int firstPort, ProcessHandle first, int threads) {
		this.harness = harness;
		this.firstPort = firstPort;
		this.first = first;
		this.threads = threads;
	}

	void run() throws Exception {
		Path haproxy = haproxy();
		Path firstLog = Path.of("target", "bench", "api.log");
		Path secondLog = Path.of("target", "bench", "api-2.log");
		long firstLogFrom = Files.size(firstLog);
		int secondPort = ApiBenchmark.freePort();
		int balancerPort = ApiBenchmark.freePort();
		Instant from = Instant.now();
		try (TaskRuns tasks = new TaskRuns(this.harness.connect())) {
			Process second = this.harness.startApi(secondPort, secondLog);
			Process balancer = null;
			try {
				balancer = balancer(haproxy, balancerPort, secondPort);
				this.harness.warmUp(graphql(secondPort));
				this.harness.line("");
				this.harness.line("two  P1's load (households(first: 50) as county, %d threads) on one instance, and on two"
						+ " behind HAProxy (round robin, loopback); %d cores for both, the database and this load (load"
						+ " average %s)", this.threads, Runtime.getRuntime().availableProcessors(), ApiBenchmark.loadAverage());
				this.harness.line("%-22s %-22s %10s %8s %8s %18s", "page", "served by", "pages/s", "p50 ms", "p95 ms",
						"API CPU ms/page");
				long[] withIdNumbers = null;
				for (boolean idNumbers : new boolean[] { false, true }) {
					String page = idNumbers ? "with idNumber" : "without idNumber";
					ApiBenchmark.Throughput one = this.harness.pages(graphql(this.firstPort), idNumbers, second.toHandle());
					line(page, "one instance", one);
					long before = IdGenerator.lastIdAt(Instant.now());
					ApiBenchmark.Throughput two = this.harness.pages(graphql(balancerPort), idNumbers, second.toHandle());
					line(page, "two, HAProxy", two);
					this.harness.line("%-22s %-22s %9.2fx", "", "two / one", two.perSecond() / one.perSecond());
					if (idNumbers) {
						withIdNumbers = new long[] { before, IdGenerator.lastIdAt(Instant.now()) };
					}
				}
				this.harness.line("(API CPU: both JVMs in either row; the second one idle but for its scheduled jobs when"
						+ " one serves)");
				ids(withIdNumbers[0], withIdNumbers[1], second.pid());
			}
			finally {
				if (balancer != null) {
					balancer.destroy();
				}
				second.destroy();
				second.waitFor();
			}
			jobs(tasks.stop(), Duration.between(from, Instant.now()), firstLog, firstLogFrom, secondLog);
		}
	}

	private void line(String page, String servedBy, ApiBenchmark.Throughput measured) {
		this.harness.line("%-22s %-22s %10.0f %8.1f %8.1f %18.2f", page, servedBy, measured.perSecond(), measured.p50Ms(),
				measured.p95Ms(), measured.apiCpuMs());
	}

	// Ids

	/**
	 * The access records the pages with ID numbers wrote through the balancer (one per request): both instances'
	 * nodes among their ids, none twice. A repeated id would also have failed its request (the primary key), which
	 * would have stopped the load.
	 */
	private void ids(long fromId, long toId, long secondPid) throws SQLException {
		Map<Long, String> holders = new HashMap<>();
		try (Connection connection = this.harness.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT node_id, holder FROM node_lease")) {
			while (rows.next()) {
				// a holder names its process id (NodeLease)
				String holder = rows.getString(2);
				holders.put(rows.getLong(1), holder.contains("/" + this.first.pid() + "/") ? "the first instance"
						: holder.contains("/" + secondPid + "/") ? "the second instance" : holder);
			}
		}
		this.harness.line("ids  the access records of the pages with ID numbers through the balancer, by node:");
		long all = 0;
		long distinct = 0;
		try (Connection connection = this.harness.connect();
				PreparedStatement select = connection.prepareStatement("SELECT " + NODE
						+ " AS node, COUNT(*), COUNT(DISTINCT id), COUNT(DISTINCT request_id) FROM sensitive_access"
						+ " WHERE id > ? AND id <= ? GROUP BY node ORDER BY node")) {
			select.setLong(1, fromId);
			select.setLong(2, toId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					all += rows.getLong(2);
					distinct += rows.getLong(3);
					this.harness.line("  node %-4d %-20s %,8d records, %,8d distinct ids, %,8d requests", rows.getLong(1),
							holders.getOrDefault(rows.getLong(1), "?"), rows.getLong(2), rows.getLong(3), rows.getLong(4));
				}
			}
		}
		this.harness.line("  %,d records, %,d distinct ids: %s", all, distinct, (all == distinct) ? "no id twice" : "IDS REPEATED");
	}

	// Scheduled jobs

	private void jobs(Map<String, List<Instant>> runs, Duration window, Path firstLog, long firstLogFrom, Path secondLog)
			throws IOException {
		this.harness.line("jobs  while the second instance ran (%d s), across both:", window.toSeconds());
		runs.forEach((task, times) -> this.harness.line("  %-34s %3d runs, shortest gap %s (db-scheduler: each run"
				+ " one row, one instance)", task, times.size(), shortestGap(times)));
		List<String> firstLines = lines(firstLog, firstLogFrom);
		List<String> secondLines = lines(secondLog, 0);
		List<Instant> written = new ArrayList<>();
		String[] counts = new String[2];
		for (int i = 0; i < 2; i++) {
			int done = 0;
			int left = 0;
			for (String text : (i == 0) ? firstLines : secondLines) {
				Matcher matcher = SNAPSHOT.matcher(text);
				if (matcher.find()) {
					if (matcher.group(2).equals("written")) {
						done++;
						written.add(Instant.parse(matcher.group(1)));
					}
					else {
						left++;
					}
				}
			}
			counts[i] = "%d written, %d counted in vain".formatted(done, left);
		}
		this.harness.line("  %-34s first %s, second %s; shortest gap between snapshots %s", "statistics snapshot",
				counts[0], counts[1], shortestGap(written));
		Map<String, List<Instant[]>> sweeps = new LinkedHashMap<>();
		int[] swept = new int[2];
		for (int i = 0; i < 2; i++) {
			for (String text : (i == 0) ? firstLines : secondLines) {
				Matcher matcher = SWEEP.matcher(text);
				if (matcher.find()) {
					Instant end = OffsetDateTime.parse(text.substring(0, text.indexOf(' '))).toInstant();
					sweeps.computeIfAbsent(matcher.group(1), (county) -> new ArrayList<>())
						.add(new Instant[] { end.minusMillis(Long.parseLong(matcher.group(2))), end });
					swept[i]++;
				}
			}
		}
		long overlapping = sweeps.values().stream().mapToLong(TwoInstancesPart::overlaps).sum();
		this.harness.line("  %-34s first %d, second %d; sweeps of one county at once: %d", "data-quality sweep",
				swept[0], swept[1], overlapping);
		this.harness.line("  (evidence nobody attached: every instance sweeps, each removal conditional; not counted)");
	}

	private static long overlaps(List<Instant[]> sweeps) {
		List<Instant[]> sorted = sweeps.stream().sorted(Comparator.comparing((Instant[] sweep) -> sweep[0])).toList();
		long overlapping = 0;
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i)[0].isBefore(sorted.get(i - 1)[1])) {
				overlapping++;
			}
		}
		return overlapping;
	}

	private static String shortestGap(List<Instant> times) {
		List<Instant> sorted = times.stream().sorted().toList();
		Optional<Duration> shortest = Stream.iterate(1, (i) -> i < sorted.size(), (i) -> i + 1)
			.map((i) -> Duration.between(sorted.get(i - 1), sorted.get(i)))
			.min(Comparator.naturalOrder());
		return shortest.map((gap) -> "%.1f s".formatted(gap.toMillis() / 1e3)).orElse("n/a");
	}

	private static List<String> lines(Path log, long from) throws IOException {
		byte[] bytes = Files.readAllBytes(log);
		return new String(bytes, (int) from, bytes.length - (int) from, StandardCharsets.UTF_8).lines().toList();
	}

	/**
	 * Each db-scheduler task's runs, as its row's last success changes: the table keeps one row per task, which
	 * the instance that picks a run updates, so every run shows whichever instance made it.
	 */
	private static final class TaskRuns implements AutoCloseable {

		private final Connection connection;

		private final Map<String, TreeSet<Instant>> runs = new LinkedHashMap<>();

		private final Map<String, @Nullable Instant> before = new HashMap<>();

		private final AtomicBoolean stop = new AtomicBoolean();

		private final Thread poller;

		TaskRuns(Connection connection) throws SQLException {
			this.connection = connection;
			poll(this.before::put);
			this.poller = Thread.ofPlatform().daemon().name("task-runs").start(() -> {
				while (!this.stop.get()) {
					try {
						poll((task, success) -> {
							if (success != null && !success.equals(this.before.get(task))) {
								this.runs.computeIfAbsent(task, (name) -> new TreeSet<>()).add(success);
							}
						});
						Thread.sleep(500);
					}
					catch (SQLException | InterruptedException ex) {
						return;
					}
				}
			});
		}

		private void poll(BiConsumer<String, @Nullable Instant> seen) throws SQLException {
			try (Statement statement = this.connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT task_name, last_success FROM scheduled_tasks")) {
				while (rows.next()) {
					Timestamp success = rows.getTimestamp(2);
					synchronized (this) {
						this.runs.computeIfAbsent(rows.getString(1), (name) -> new TreeSet<>());
						seen.accept(rows.getString(1), (success != null) ? success.toInstant() : null);
					}
				}
			}
		}

		Map<String, List<Instant>> stop() throws InterruptedException {
			this.stop.set(true);
			this.poller.join();
			Map<String, List<Instant>> seen = new LinkedHashMap<>();
			synchronized (this) {
				this.runs.forEach((task, times) -> seen.put(task, List.copyOf(times)));
			}
			return seen;
		}

		@Override
		public void close() throws SQLException {
			this.stop.set(true);
			this.connection.close();
		}

	}

	// HAProxy

	private static Path haproxy() {
		return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(":")),
				Stream.of("/usr/sbin", "/usr/local/sbin"))
			.filter((dir) -> !dir.isBlank())
			.map((dir) -> Path.of(dir, "haproxy"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Part two needs HAProxy: apt-get install haproxy (Debian,"
					+ " Ubuntu), dnf install haproxy (Fedora), brew install haproxy (macOS)"));
	}

	private Process balancer(Path haproxy, int port, int secondPort) throws Exception {
		Path config = Files.createTempFile("fangpin-bench-haproxy", ".cfg");
		config.toFile().deleteOnExit();
		// per request, not per connection: the load keeps its connections open
		Files.writeString(config, """
				global
				  maxconn 512
				defaults
				  mode http
				  option http-keep-alive
				  timeout connect 5s
				  timeout client 150s
				  timeout server 150s
				frontend api
				  bind 127.0.0.1:%d
				  default_backend instances
				backend instances
				  balance roundrobin
				  server first 127.0.0.1:%d
				  server second 127.0.0.1:%d
				""".formatted(port, this.firstPort, secondPort));
		Process balancer = new ProcessBuilder(haproxy.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "bench", "haproxy.log").toFile())
			.start();
		try {
			// an instance's readiness, through the balancer
			this.harness.awaitReady(port, balancer);
			return balancer;
		}
		catch (RuntimeException ex) {
			balancer.destroy();
			throw ex;
		}
	}

	private static String graphql(int port) {
		return "http://127.0.0.1:" + port + "/graphql";
	}

}
