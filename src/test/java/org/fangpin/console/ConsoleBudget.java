package org.fangpin.console;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.fangpin.devservices.DevServices;
import org.fangpin.support.ConsoleBrowser;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.Persona;
import org.openqa.selenium.By;

/**
 * The console's budget, measured on the packaged jar (README, "County console"): the gzip size of what the build
 * ships, and the time from navigation to the first screen's figures (the {@code console-interactive} mark) in
 * headless Chromium on loopback, for a county officer whose session is kept, as opening the console again.
 * <p>
 * {@code ./mvnw -Pconsole-budget verify}: packages the API, starts a database and Keycloak of its own and the jar
 * with the demo county, and prints the figures.
 */
public final class ConsoleBudget {

	private static final int RUNS = 7;

	private ConsoleBudget() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		int status = 0;
		try {
			run(jar);
		}
		catch (Exception ex) {
			ex.printStackTrace();
			status = 1;
		}
		// the embedded database's and Keycloak's threads would keep the JVM alive; their shutdown hooks stop them
		System.exit(status);
	}

	private static void run(Path jar) throws Exception {
		bundle(Path.of("console", "dist", "assets"));
		DevServices services = DevServices.start(DevServices.Purpose.TEST);
		String issuer = String.valueOf(services.properties().get("fangpin.security.issuer-uri"));
		String database = String.valueOf(services.properties().get("spring.datasource.url"));
		awaitFirstConnection(database);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = Path.of("target", "console-budget", "api.log");
		Files.createDirectories(log.getParent());
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=" + port, "--fangpin.grid-sync.enabled=false",
				// the fail-fast 3 s of production is for outages; a loaded machine may take longer to start
				"--spring.datasource.hikari.connection-timeout=30000")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("FANGPIN_DB_URL", database);
		builder.environment().put("FANGPIN_ISSUER_URI", issuer);
		builder.environment().put("FANGPIN_DEMO_DATA", "true");
		Process api = builder.start();
		try {
			awaitReady(port, api);
			new KeycloakConsole(issuer).allowClientAt("fangpin-console", "http://localhost:" + port, "/console/*");
			try (ConsoleBrowser browser = new ConsoleBrowser(port)) {
				browser.logIn(Persona.COUNTY);
				browser.loaded(By.cssSelector("[data-test=totals]"));
				List<Long> interactive = new ArrayList<>();
				List<Long> domContentLoaded = new ArrayList<>();
				for (int i = 0; i < RUNS; i++) {
					// a new document each time (a query string the console ignores): a full load, not the router's
					browser.open("?run=" + i);
					browser.loaded(By.cssSelector("[data-test=totals]"));
					interactive.add((Long) browser.script("""
							return Math.round(performance.getEntriesByName('console-interactive')[0].startTime)"""));
					domContentLoaded.add((Long) browser.script("""
							return Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)"""));
				}
				System.out.printf("console first screen (county dashboard, session kept), %d loads on loopback, packaged jar:%n",
						RUNS);
				System.out.printf("  interactive (figures shown) ms: %s%n", summary(interactive));
				System.out.printf("  DOMContentLoaded ms:            %s%n", summary(domContentLoaded));
			}
		}
		finally {
			api.destroy();
			api.waitFor();
		}
	}

	/** What the build ships, raw and gzip-compressed (level 6, as a server would send it). */
	private static void bundle(Path assets) throws IOException {
		long raw = 0;
		long gzip = 0;
		long firstScreen = 0;
		try (Stream<Path> files = Files.list(assets)) {
			for (Path file : files.sorted().toList()) {
				byte[] bytes = Files.readAllBytes(file);
				long compressed = gzipped(bytes);
				raw += bytes.length;
				gzip += compressed;
				String name = file.getFileName().toString();
				if (name.startsWith("index-") || name.startsWith("DashboardView-") || name.startsWith("EChart-")) {
					firstScreen += compressed;
				}
			}
		}
		System.out.printf("console bundle: %d KiB raw, %d KiB gzip in all; the first screen loads %d KiB gzip%n",
				raw / 1024, gzip / 1024, firstScreen / 1024);
	}

	private static long gzipped(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.size();
	}

	private static String summary(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return "min %d, median %d, max %d".formatted(sorted.getFirst(), sorted.get(sorted.size() / 2), sorted.getLast());
	}

	/**
	 * A server just started answers its first connection slowly, on a loaded machine slower than the API's login
	 * timeout: that one is taken here.
	 */
	private static void awaitFirstConnection(String url) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			try (Connection connection = DriverManager.getConnection(url, "root", "")) {
				return;
			}
			catch (SQLException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The database took no connection", ex);
				}
				Thread.sleep(500);
			}
		}
	}

	private static void awaitReady(int port, Process process) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.build();
		long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The API exited; see target/console-budget/api.log");
			}
			try {
				if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(300);
		}
		throw new IllegalStateException("The API did not get ready; see target/console-budget/api.log");
	}

}
