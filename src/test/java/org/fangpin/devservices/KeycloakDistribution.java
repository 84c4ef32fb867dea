package org.fangpin.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak run from its distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by Maven) in
 * development mode, importing the realm files of {@code keycloak/}. For tests its store is in memory: every
 * start imports the realm as it is in the repository, so a change to the realm file is never hidden by old
 * data. For development it keeps its store in a file ({@code data/h2} of the distribution), so what an
 * administrator changes in the admin console survives a restart; the realm is imported only into an empty
 * store.
 */
final class KeycloakDistribution implements AutoCloseable {

	// a realm import on a machine busy with other builds has taken five
	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(8);

	private final Process process;

	private final int port;

	private KeycloakDistribution(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** The H2 store of {@code --db=dev-file}, kept across restarts; delete it to import the realm afresh. */
	static Path fileStore(Path home) {
		return home.resolve("data/h2");
	}

	static KeycloakDistribution start(Path home, Path realmDir, int port, int managementPort, Path logFile,
			boolean persistent) {
		if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": run through ./mvnw (it unpacks the distribution) or see keycloak/README.md");
		}
		try {
			copyRealms(realmDir, home.resolve("data/import"));
			Files.createDirectories(logFile.getParent());
			ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
					persistent ? "--db=dev-file" : "--db=dev-mem", "--http-port=" + port, "--http-management-port=" + managementPort,
					"--import-realm")
				.redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			// Keycloak needs Java 21+, like the API: run it on the JVM that runs us
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
			KeycloakDistribution keycloak = new KeycloakDistribution(builder.start(), port);
			keycloak.awaitRealm(logFile);
			return keycloak;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String issuerUri() {
		return "http://localhost:" + this.port + "/realms/fangpin";
	}

	private static void copyRealms(Path realmDir, Path importDir) throws IOException {
		Files.createDirectories(importDir);
		try (Stream<Path> files = Files.list(realmDir)) {
			for (Path realm : files.filter((file) -> file.toString().endsWith(".json")).toList()) {
				Files.copy(realm, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private void awaitRealm(Path logFile) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest discovery = HttpRequest
			.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + this.process.exitValue() + "; see " + logFile);
			}
			try {
				if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			sleep(Duration.ofMillis(500));
		}
		close();
		throw new IllegalStateException("Keycloak did not serve the fangpin realm within " + STARTUP_TIMEOUT
				+ "; see " + logFile);
	}

	/** kc.sh starts the server as a child: stop the whole tree, politely first. */
	@Override
	public void close() {
		List<ProcessHandle> tree = Stream.concat(this.process.descendants(), Stream.of(this.process.toHandle()))
			.toList();
		tree.forEach(ProcessHandle::destroy);
		Instant deadline = Instant.now().plusSeconds(15);
		while (tree.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
			sleep(Duration.ofMillis(200));
		}
		tree.forEach(ProcessHandle::destroyForcibly);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
