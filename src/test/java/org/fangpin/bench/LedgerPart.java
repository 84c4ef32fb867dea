package org.fangpin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Part "ledger" of {@link ApiBenchmark}: the county's roster downloaded as a spreadsheet over HTTP as the county
 * officer (every ID number decrypted and written inline), and the dashboard ({@code statistics}) of the county,
 * a township and a village, through the API jar against the county-scale data set.
 */
final class LedgerPart {

	private static final String STATISTICS = """
			query($grid: String) { statistics(gridCode: $grid) { asOf
			  total { ...figures } children { grid { code name } ...figures } } }
			fragment figures on GridFigures { households people alleviatedHouseholds monitoredHouseholds
			  activeCasesByType { key count } casesByStatus { key count } activeCasesByRiskType { key count }
			  overdueCases identifiedThisYear eliminatedThisYear measuresByCategory { key count }
			  measuresByStatus { key count } visitedThisMonth incomeBelowLine dataQualityFindings { key count } }""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final String api;

	private final String token;

	private final GraphQl graphQl;

	private final Connection database;

	private final ProcessHandle apiProcess;

	private final Report report;

	/** The county officer's GraphQL requests: the answer's body, failing on errors. */
	@FunctionalInterface
	interface GraphQl {

		String post(String query, Map<String, Object> variables) throws Exception;

	}

	/** How the part prints a line of the benchmark's report. */
	@FunctionalInterface
	interface Report {

		void line(String format, Object... args);

	}

	/**
	 * @param api the API's GraphQL URL
	 * @param token a county officer's access token
	 * @param graphQl the same officer's GraphQL requests
	 * @param database the data set the API runs on
	 */
	LedgerPart(HttpClient http, String api, String token, GraphQl graphQl, Connection database, ProcessHandle apiProcess,
			Report report) {
		this.http = http;
		this.api = api;
		this.token = token;
		this.graphQl = graphQl;
		this.database = database;
		this.apiProcess = apiProcess;
		this.report = report;
	}

	void roster(String county) throws Exception {
		this.report.line("");
		this.report.line("Ledger  the county's roster (/ledgers/roster.xlsx) as the county officer, over HTTP: %,d households,"
				+ " %,d members with an encrypted ID number", count("SELECT COUNT(*) FROM household WHERE county_code = ?", county),
				count("SELECT COUNT(*) FROM member m JOIN household h ON h.id = m.household_id WHERE h.county_code = ?"
						+ " AND m.id_number_cipher IS NOT NULL", county));
		String township = firstChild(county);
		// the JIT compiles the export's path on a township's roster before the county's is timed
		for (int i = 0; i < 3; i++) {
			download("/ledgers/roster.xlsx?grid=" + township);
		}
		this.report.line("%-28s %10s %12s %10s %14s %14s", "download", "rows", "bytes", "seconds", "RSS before MB",
				"peak RSS MB");
		for (int round = 1; round <= 3; round++) {
			long before = CpuBudget.residentMb(this.apiProcess.pid())[0];
			boolean reset = resetPeakRss();
			long start = System.nanoTime();
			long bytes = download("/ledgers/roster.xlsx");
			double seconds = (System.nanoTime() - start) / 1e9;
			this.report.line("%-28s %,10d %,12d %10.2f %14d %14s", "roster, county, round " + round, lastExportRows(), bytes,
					seconds, before, CpuBudget.residentMb(this.apiProcess.pid())[1] + (reset ? "" : " (so far)"));
		}
		this.report.line("(rows: the export record's count; RSS: the API process's resident memory, heap, code and all,"
				+ " before the round and its high-water mark during it)");
		this.report.line("API heap after the rounds (no collection forced): %s", heapInfo());
	}

	/**
	 * Resets the API process's high-water mark of resident memory (VmHWM) to what it holds now, so that the next
	 * reading is the peak of what follows, not of the warm-up before it; false where the kernel does not allow it.
	 */
	private boolean resetPeakRss() {
		try {
			Files.writeString(Path.of("/proc", Long.toString(this.apiProcess.pid()), "clear_refs"), "5");
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The API's heap as G1 holds it (committed, used), from {@code jcmd GC.heap_info}. */
	private String heapInfo() {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		try {
			Process process = new ProcessBuilder(jcmd.toString(), Long.toString(this.apiProcess.pid()), "GC.heap_info")
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return output.lines()
				.filter((line) -> line.contains("total") && line.contains("used"))
				.map(String::strip)
				.findFirst()
				.orElse("not read");
		}
		catch (IOException ex) {
			return "not read (" + ex.getMessage() + ")";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "not read";
		}
	}

	/**
	 * The dashboard of the county, a township and a village: 1,000 requests each after 200 unmeasured (a p95 of
	 * 1,000 is the 50th slowest, where one of 200 was the 10th).
	 */
	void statistics(String county) throws Exception {
		String township = firstChild(county);
		String village = firstChild(township);
		long waited = awaitSnapshot();
		this.report.line("");
		this.report.line("Dashboard  statistics(gridCode) as the county officer, the whole document, one client: %s"
				+ " (waited %d s for it)", snapshotLine(), waited);
		this.report.line("%-28s %10s %10s %10s", "grid", "children", "p50 ms", "p95 ms");
		for (String grid : List.of(county, township, village)) {
			double[] ms = new double[1_000];
			String last = "";
			for (int i = -200; i < ms.length; i++) {
				long start = System.nanoTime();
				last = this.graphQl.post(STATISTICS, Map.of("grid", grid));
				if (i >= 0) {
					ms[i] = (System.nanoTime() - start) / 1e6;
				}
			}
			int children = JSON.readTree(last).at("/data/statistics/children").size();
			this.report.line("%-28s %10d %10.2f %10.2f", grid, children, ApiBenchmark.percentile(ms, 50), ApiBenchmark.percentile(ms, 95));
		}
	}

	/** Downloads a ledger and counts its bytes without keeping them. */
	private long download(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.api.replaceFirst("/graphql$", "") + path))
			.header("Authorization", "Bearer " + this.token)
			.build();
		HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
		long bytes = 0;
		try (InputStream body = response.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
				bytes += n;
			}
		}
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The API answered " + response.statusCode() + " for " + path);
		}
		return bytes;
	}

	/** The rows of the last export, as its record says; an export cut short fails the part. */
	private long lastExportRows() throws SQLException {
		try (PreparedStatement select = this.database
			.prepareStatement("SELECT row_count, completed FROM ledger_export ORDER BY id DESC LIMIT 1");
				ResultSet rows = select.executeQuery()) {
			if (!rows.next() || !rows.getBoolean(2)) {
				throw new IllegalStateException("The roster's export did not complete");
			}
			return rows.getLong(1);
		}
	}

	/**
	 * Waits until the API's first count of the snapshot (at start) is written, rather than have the first
	 * dashboard wait past its request timeout; returns the seconds waited.
	 */
	private long awaitSnapshot() throws SQLException, InterruptedException {
		long start = System.nanoTime();
		long deadline = start + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline) {
			try (PreparedStatement select = this.database.prepareStatement("SELECT as_of FROM figures_snapshot WHERE id = 1");
					ResultSet rows = select.executeQuery()) {
				if (rows.next() && rows.getTimestamp(1) != null) {
					return (System.nanoTime() - start) / 1_000_000_000;
				}
			}
			Thread.sleep(2000);
		}
		throw new IllegalStateException("The statistics snapshot was not counted within 30 minutes");
	}

	/** The snapshot's time and what its last refresh cost, from the API's log. */
	private String snapshotLine() throws IOException, SQLException {
		String counted = Files.readAllLines(Path.of("target", "bench", "api.log"))
			.stream()
			.filter((line) -> line.contains("Statistics snapshot of"))
			.reduce((first, second) -> second)
			.map((line) -> line.replaceFirst(".*Statistics snapshot of", "last refresh:"))
			.orElse("no refresh logged");
		try (PreparedStatement select = this.database.prepareStatement("SELECT COUNT(*) FROM grid_figures");
				ResultSet rows = select.executeQuery()) {
			rows.next();
			return "%,d snapshot rows; %s".formatted(rows.getLong(1), counted);
		}
	}

	private String firstChild(String grid) throws SQLException {
		try (PreparedStatement select = this.database
			.prepareStatement("SELECT MIN(code) FROM grid WHERE parent_code = ?")) {
			select.setString(1, grid);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getString(1);
			}
		}
	}

	private long count(String sql, String parameter) throws SQLException {
		try (PreparedStatement select = this.database.prepareStatement(sql)) {
			select.setString(1, parameter);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

}
