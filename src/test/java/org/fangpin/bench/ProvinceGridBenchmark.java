package org.fangpin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.fangpin.grid.GridMirror;
import org.fangpin.gridcode.GridCode;
import org.fangpin.support.KeycloakConsole;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * What a province-sized grid tree costs in Keycloak: N counties (default 34) of 20 × 15 × 10 grids, 102,000
 * group grids and 112,914 grids in all, on a Keycloak whose store is a MariaDB database
 * ({@code FANGPIN_KEYCLOAK_DB_URL}, as in production, not H2). Creating 100,000 groups through Keycloak takes
 * hours on a small machine, so the tree is written into Keycloak's group tables with SQL (and its realm cache
 * cleared) but for the last township of the last county (166 groups), which the API's reconciliation of that
 * county creates, one Admin API call per group, with the rest of the province in place. Then it measures what grows with the tree:
 * a county's reconciliation with nothing to do (the province's is one per county), Keycloak's heap, a
 * member's token, the admin console's group calls and a village's ledger ({@code Grid.workers}) through the
 * API. The data is kept: a second run finds the tree in both databases and measures again.
 */
public final class ProvinceGridBenchmark {

	private static final int TOWNSHIPS = 20;

	private static final int VILLAGES = 15;

	private static final int GROUPS = 10;

	private ProvinceGridBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int counties = (args.length > 0) ? Integer.parseInt(args[0]) : 34;
		String keycloakDb = System.getenv("FANGPIN_KEYCLOAK_DB_URL");
		if (keycloakDb == null) {
			throw new IllegalStateException("Set FANGPIN_KEYCLOAK_DB_URL to a MariaDB database for Keycloak");
		}
		System.out.printf("%nLoad average at start: %s%n", loadAverage());
		// the whole province's reconciliation at start would run beside every measurement, for the better part of an
		// hour; a system property, since application.yml outranks the application's default properties
		System.setProperty("fangpin.grid-sync.reconcile-at-start", "false");
		try (ConfigurableApplicationContext context = GridMirrorBenchmark.startApi()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			GridMirror mirror = context.getBean(GridMirror.class);
			String issuer = context.getEnvironment().getProperty("fangpin.security.issuer-uri");
			String api = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/graphql";
			KeycloakConsole console = new KeycloakConsole(issuer);
			if (jdbc.queryForObject("SELECT COUNT(*) FROM grid WHERE code = ?", Integer.class, county(1)) == 0) {
				long start = System.nanoTime();
				for (int c = 1; c <= counties; c++) {
					GridMirrorBenchmark.load(jdbc, county(c), TOWNSHIPS, VILLAGES, GROUPS);
				}
				System.out.printf("Grid table: %d counties loaded in %.1f s%n", counties, seconds(start));
			}
			JdbcTemplate keycloak = new JdbcTemplate(new DriverManagerDataSource(
					keycloakDb.replace("jdbc:mariadb:", "jdbc:mysql:") + (keycloakDb.contains("?") ? "&" : "?")
							+ "rewriteBatchedStatements=true", "root", ""));
			// the last township of the last county is left for the API to create
			String leftOut = county(counties) + (100 + TOWNSHIPS - 1);
			long start = System.nanoTime();
			int written = writeGroups(jdbc, keycloak, counties, leftOut);
			if (written > 0) {
				console.clearRealmCache();
				System.out.printf("Keycloak: %,d groups written with SQL in %.1f s (not through Keycloak)%n", written,
						seconds(start));
			}
			System.out.printf("Keycloak holds %,d groups%n",
					keycloak.queryForObject("SELECT COUNT(*) FROM KEYCLOAK_GROUP", Integer.class));
			if (args.length < 2 || !"no-reconciliation".equals(args[1])) {
				measureReconciliation(mirror, new GridCode(county(counties)), new GridCode(county(1)));
			}
			System.out.printf("Keycloak heap after a full GC: %s%n", keycloakHeap(issuer));
			measureToken(console, issuer);
			measureVillageLedger(console, issuer, api);
			measureConsole(console, issuer);
			System.out.printf("Load average at end: %s%n", loadAverage());
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
		finally {
			System.exit(0);
		}
	}

	/** The last county's, which creates what it misses, then two with nothing to do. */
	private static void measureReconciliation(GridMirror mirror, GridCode last, GridCode first) {
		long start = System.nanoTime();
		GridMirror.Report created = mirror.reconcile(last);
		System.out.printf("Reconciliation of county %s creating what is missing: %.1f s, created %,d groups%n", last,
				seconds(start), created.created().size());
		for (GridCode county : List.of(last, first)) {
			start = System.nanoTime();
			GridMirror.Report again = mirror.reconcile(county);
			System.out.printf("Reconciliation of county %s in step (walks its %,d groups): %.1f s, %s%n", county,
					again.groups(), seconds(start), again.inStep() ? "in step" : "NOT in step");
		}
	}

	/** {@code 998001} … : codes no real county has. */
	private static String county(int number) {
		return "9980%02d".formatted(number);
	}

	/**
	 * The grids Keycloak has no group for yet, but those under {@code leftOut}, as Keycloak's own rows: a group
	 * and its two attributes. Returns the number of groups written.
	 */
	private static int writeGroups(JdbcTemplate api, JdbcTemplate keycloak, int counties, String leftOut) {
		String realm = keycloak.queryForObject("SELECT ID FROM REALM WHERE NAME = 'fangpin'", String.class);
		Map<String, String> ids = new HashMap<>();
		keycloak.queryForList("SELECT NAME, ID FROM KEYCLOAK_GROUP WHERE REALM_ID = ?", realm)
			.forEach((row) -> ids.put((String) row.get("NAME"), (String) row.get("ID")));
		long now = System.currentTimeMillis();
		int written = 0;
		for (int c = 1; c <= counties; c++) {
			List<Object[]> groups = new ArrayList<>();
			List<Object[]> attributes = new ArrayList<>();
			for (Map<String, Object> grid : api.queryForList(
					"SELECT code, parent_code, level, name FROM grid WHERE code LIKE ? ORDER BY code", county(c) + "%")) {
				String code = (String) grid.get("code");
				if (ids.containsKey(code) || code.startsWith(leftOut)) {
					continue;
				}
				String id = UUID.randomUUID().toString();
				ids.put(code, id);
				String parent = (grid.get("parent_code") != null) ? ids.get((String) grid.get("parent_code")) : " ";
				groups.add(new Object[] { id, code, parent, realm, now, now });
				attributes.add(new Object[] { UUID.randomUUID().toString(), "name", grid.get("name"), id });
				attributes.add(new Object[] { UUID.randomUUID().toString(), "level", grid.get("level"), id });
			}
			keycloak.batchUpdate("INSERT INTO KEYCLOAK_GROUP (ID, NAME, PARENT_GROUP, REALM_ID, TYPE, CREATED_TIMESTAMP, "
					+ "LAST_MODIFIED_TIMESTAMP) VALUES (?, ?, ?, ?, 0, ?, ?)", groups);
			keycloak.batchUpdate("INSERT INTO GROUP_ATTRIBUTE (ID, NAME, VALUE, GROUP_ID) VALUES (?, ?, ?, ?)", attributes);
			written += groups.size();
		}
		return written;
	}

	private static void measureToken(KeycloakConsole console, String issuer) throws Exception {
		String user = user(console, "provworker");
		console.giveDutyByHand(user, groupPath(county(1) + "10020101"));
		HttpClient http = HttpClient.newHttpClient();
		String token = GridMirrorBenchmark.passwordGrant(http, issuer, "provworker");
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			millis.add(timeMillis(() -> GridMirrorBenchmark.passwordGrant(http, issuer, "provworker")));
		}
		System.out.printf("Token of a grid worker holding one group: %,d bytes; grant median of 20: %d ms%n",
				token.length(), median(millis));
	}

	/** The calls the admin console's group screens make, as the realm's administrator: median of 10 each. */
	private static void measureConsole(KeycloakConsole console, String issuer) throws Exception {
		String admin = issuer.replace("/realms/", "/admin/realms/");
		String township = console.groupId(groupPath(county(1) + "100")).orElseThrow();
		Map<String, String> calls = new LinkedHashMap<>();
		calls.put("top-level groups, first page", "/groups?first=0&max=10&briefRepresentation=true");
		calls.put("a township's children, first page", "/groups/" + township + "/children?first=0&max=10");
		calls.put("group count", "/groups/count");
		calls.put("search by a group grid's name (1 match)", "/groups?search=" + county(17) + "10720501&first=0&max=10");
		calls.put("group by path (a group grid)", "/group-by-path" + groupPath(county(17) + "10720501"));
		HttpClient http = HttpClient.newHttpClient();
		for (Map.Entry<String, String> call : calls.entrySet()) {
			String token = console.adminToken();
			HttpRequest request = HttpRequest.newBuilder(URI.create(admin + call.getValue()))
				.header("Authorization", "Bearer " + token)
				.build();
			List<Long> millis = new ArrayList<>();
			int bytes = 0;
			for (int i = 0; i < 10; i++) {
				long t0 = System.nanoTime();
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				millis.add((System.nanoTime() - t0) / 1_000_000);
				if (response.statusCode() != 200) {
					throw new IllegalStateException(call.getKey() + ": " + response.statusCode() + " " + response.body());
				}
				bytes = response.body().length();
			}
			System.out.printf("Console: %s: median %d ms, max %d ms (%,d bytes)%n", call.getKey(), median(millis),
					millis.stream().mapToLong(Long::longValue).max().orElse(0), bytes);
		}
		// a minute or more each: once
		HttpRequest county = HttpRequest.newBuilder(URI.create(admin + "/groups?search=" + county(17) + "&first=0&max=10"))
			.header("Authorization", "Bearer " + console.adminToken())
			.build();
		long millis = timeMillis(() -> http.send(county, HttpResponse.BodyHandlers.discarding()));
		System.out.printf("Console: search by a county's code (3,321 matches), once: %,d ms%n", millis);
	}

	/**
	 * README's ledger of a village (its cadre, and each group's households and grid worker) through the API, as
	 * the county's grid administrator: a village whose people hold their grids, then 20 villages never read
	 * before (no cache), each 11 group look-ups.
	 */
	private static void measureVillageLedger(KeycloakConsole console, String issuer, String api) throws Exception {
		console.giveDutyByHand(user(console, "provadmin"), groupPath(county(1)) + "/grid-admin");
		String village = county(1) + "100201";
		console.giveDutyByHand(user(console, "provcadre"), groupPath(village));
		for (int g = 1; g <= GROUPS; g++) {
			console.giveDutyByHand(user(console, "provworker%02d".formatted(g)), groupPath(village + "%02d".formatted(g)));
		}
		HttpClient http = HttpClient.newHttpClient();
		String token = GridMirrorBenchmark.passwordGrant(http, issuer, "provadmin");
		String body = ledger(http, api, token, village);
		if (body.contains("\"errors\"") || !body.contains("provworker10")) {
			throw new IllegalStateException("Unexpected ledger: " + body);
		}
		long cold = timeMillis(() -> ledger(http, api, token, county(1) + "101201"));
		List<Long> millis = new ArrayList<>();
		for (int v = 2; v <= 15; v++) {
			String other = county(1) + "102" + (200 + v);
			millis.add(timeMillis(() -> ledger(http, api, token, other)));
		}
		for (int v = 1; v <= 6; v++) {
			String other = county(1) + "103" + (200 + v);
			millis.add(timeMillis(() -> ledger(http, api, token, other)));
		}
		long populated = timeMillis(() -> ledger(http, api, token, county(1) + "100201"));
		System.out.printf("Village ledger through the API (11 groups read from Keycloak): first %d ms; "
				+ "20 villages not read before, median %d ms; the village with its 11 people, again (its 30 s cache expired): %d ms%n", cold,
				median(millis), populated);
	}

	private static String ledger(HttpClient http, String api, String token, String village) throws Exception {
		String query = """
				{ "query": "{ grid(code: \\"%s\\") { workers(role: VILLAGE_CADRE) { edges { node { name phone } } } \
				children { code name registeredHouseholds workers(role: GRID_WORKER) { edges { node { username name phone } } } } } }" }
				""".formatted(village);
		HttpRequest request = HttpRequest.newBuilder(URI.create(api))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(query))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String user(KeycloakConsole console, String username) {
		return console.userId(username).orElseGet(() -> console.createUser(username, "测", username));
	}

	private static String groupPath(String code) {
		StringBuilder path = new StringBuilder();
		for (int length : new int[] { 6, 9, 12, 14 }) {
			if (length <= code.length()) {
				path.append('/').append(code, 0, length);
			}
		}
		return path.toString();
	}

	/** Used heap of the Keycloak serving {@code issuer}, after a full collection, by {@code jcmd}. */
	private static String keycloakHeap(String issuer) throws Exception {
		String port = "--http-port=" + URI.create(issuer).getPort();
		long pid = ProcessHandle.allProcesses()
			.filter((process) -> process.info().commandLine().orElse("").contains(port))
			.filter((process) -> process.info().command().orElse("").endsWith("java"))
			.findFirst()
			.orElseThrow()
			.pid();
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		new ProcessBuilder(jcmd, String.valueOf(pid), "GC.run").start().waitFor();
		Process info = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
		String out = new String(info.getInputStream().readAllBytes());
		info.waitFor();
		return out.lines().filter((line) -> line.contains("total") || line.contains("used")).findFirst().orElse(out).trim();
	}

	private static long timeMillis(Callable<?> action) throws Exception {
		long start = System.nanoTime();
		action.call();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String loadAverage() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).trim();
	}

}
