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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keycloak run from its distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by Maven) in
 * development mode, importing the realm files of {@code keycloak/} into an empty store (a realm that exists
 * is left as it is). For tests its store is in memory: every start imports the realm as it is in the
 * repository, so a change to the realm file is never hidden by old data. For development it keeps its store
 * in a MariaDB database, so what an administrator changes in the admin console survives a restart.
 */
final class KeycloakDistribution implements AutoCloseable {

	/** A first start on a new database rebuilds Keycloak and creates its schema: minutes on a loaded machine. */
	private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

	private final Process process;

	private final int port;

	private KeycloakDistribution(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Where Keycloak keeps its realms, as options of {@code kc.sh}.
	 *
	 * @param description for the log
	 * @param ownCopy whether it runs from a copy of the distribution of its own (see {@link #home})
	 */
	record Store(List<String> options, String description, boolean ownCopy) {

		static Store inMemory() {
			return new Store(List.of("--db=dev-mem"), "in memory", false);
		}

		/** An H2 file in the distribution ({@code data/h2}), for a development stack without a MariaDB of ours. */
		static Store file(Path home) {
			return new Store(List.of("--db=dev-file"), home.resolve("data/h2").toString(), false);
		}

		/** A MariaDB database, created if missing, reached as root without a password (as the embedded MariaDB). */
		static Store mariaDb(String jdbcUrl) {
			return new Store(List.of("--db=mariadb", "--db-url=" + jdbcUrl, "--db-username=root", "--db-password="),
					jdbcUrl, true);
		}

		/** {@code jdbc:mariadb://host:port/name?createDatabaseIfNotExist=true} */
		static Store mariaDb(String host, int port, String database) {
			return mariaDb("jdbc:mariadb://" + host + ":" + port + "/" + database + "?createDatabaseIfNotExist=true");
		}

		/**
		 * The database kind is a build option of Keycloak: each change of it rebuilds the distribution (half a
		 * minute or more), and a rebuild under a running Keycloak breaks it. So a MariaDB store runs from a copy
		 * of its own, and the tests' in-memory Keycloak and a MariaDB-backed one never rebuild each other's.
		 */
		Path home(Path distribution) {
			if (!this.ownCopy) {
				return distribution;
			}
			Path copy = distribution.resolveSibling(distribution.getFileName() + "-mariadb");
			copyOnce(distribution, copy);
			return copy;
		}

	}

	static KeycloakDistribution start(Path distribution, Path realmDir, int port, int managementPort, Path logFile,
			Store store) {
		Path home = store.home(distribution);
		if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": run through ./mvnw (it unpacks the distribution) or see keycloak/README.md");
		}
		try {
			copyRealms(realmDir, home.resolve("data/import"));
			Files.createDirectories(logFile.getParent());
			List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev"));
			command.addAll(store.options());
			command.addAll(List.of("--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm"));
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(logFile.toFile());
			// Keycloak needs Java 21+, like the API: run it on the JVM that runs us
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
			// a benchmark of a province's tree sets a heap of its own
			builder.environment().putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
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

	/** Copies the distribution without its data, once: into a new folder, renamed when complete. */
	private static void copyOnce(Path distribution, Path copy) {
		if (Files.isRegularFile(copy.resolve("bin/kc.sh"))) {
			return;
		}
		Path partial = copy.resolveSibling(copy.getFileName() + ".partial");
		try {
			DevServices.deleteRecursively(partial);
			try (Stream<Path> files = Files.walk(distribution)) {
				for (Path source : files.filter((file) -> !file.startsWith(distribution.resolve("data"))).toList()) {
					Files.copy(source, partial.resolve(distribution.relativize(source).toString()),
							StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
			Files.move(partial, copy, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
