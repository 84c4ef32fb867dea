package org.fangpin.devservices;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ch.vorburger.exec.ManagedProcessException;
import org.jspecify.annotations.Nullable;

/**
 * A database and a Keycloak of one test class's own, which it may stop and start again on the same ports
 * (the shared services of {@link DevServices#forTests()} serve every other test and are never stopped). The
 * database is always an embedded MariaDB and Keycloak always the distribution, whatever the shared services
 * are: stopping a server needs a server of one's own. Keycloak's store is in memory: a restart imports the
 * realm again, with new signing keys.
 */
public final class RestartableServices implements AutoCloseable {

	private static final Duration FIRST_CONNECTION_TIMEOUT = Duration.ofMinutes(2);

	private final DevServicesSettings settings = DevServicesSettings.load();

	private final EmbeddedMariaDb database;

	private final int keycloakPort = DevServices.freePort();

	private final int keycloakManagementPort = DevServices.freePort();

	private final Path keycloakLog;

	private boolean databaseRunning;

	private @Nullable CompletableFuture<KeycloakDistribution> keycloak;

	/**
	 * Starts both; Keycloak in the background (it takes longest), while the application can already start:
	 * it asks nothing of Keycloak before the first token.
	 *
	 * @param name names the database's directory and Keycloak's log
	 */
	public RestartableServices(String name) {
		this.keycloakLog = this.settings.logDir().resolve("keycloak-" + name + ".log");
		// also when the test class fails before it can stop them: nothing it started outlives the JVM
		Runtime.getRuntime().addShutdownHook(new Thread(this::close, "restartable-services-shutdown"));
		// on a thread of its own: the common pool has a single worker on two cores, which the HTTP clients of the
		// tests need for their responses while Keycloak starts
		this.keycloak = CompletableFuture.supplyAsync(this::launchKeycloak,
				(launch) -> new Thread(launch, "keycloak-launch-" + name).start());
		Path dir = this.settings.localDir().resolve("mariadb-" + name);
		DevServices.deleteRecursively(dir);
		this.database = EmbeddedMariaDb.start(dir, DevServices.freePort());
		this.databaseRunning = true;
		awaitFirstConnection();
	}

	/** {@code spring.datasource.*} and {@code fangpin.security.issuer-uri} of these services. */
	public Map<String, Object> properties() {
		return Map.of("spring.datasource.url", this.database.jdbcUrl("fangpin"), "spring.datasource.username", "root",
				"spring.datasource.password", "", "fangpin.security.issuer-uri", issuerUri());
	}

	public String issuerUri() {
		return "http://localhost:" + this.keycloakPort + "/realms/fangpin";
	}

	/** Waits until Keycloak serves the realm. */
	public synchronized void awaitKeycloak() {
		if (this.keycloak == null) {
			throw new IllegalStateException("Keycloak is stopped");
		}
		this.keycloak.join();
	}

	public synchronized void stopKeycloak() {
		awaitKeycloak();
		this.keycloak.join().close();
		this.keycloak = null;
	}

	/** Starts Keycloak again and waits until it serves the realm. */
	public synchronized void startKeycloak() {
		this.keycloak = CompletableFuture.completedFuture(launchKeycloak());
	}

	public synchronized void stopDatabase() throws ManagedProcessException {
		this.database.stop();
		this.databaseRunning = false;
	}

	/** Starts the database again, with the data it had, and waits until it takes connections. */
	public synchronized void startDatabase() throws ManagedProcessException {
		this.database.startAgain();
		this.databaseRunning = true;
		awaitFirstConnection();
	}

	/**
	 * A server just started answers its first connection slowly, on a loaded machine slower than the login
	 * timeout the application's pool sets: that connection is the test's, so that the application's are not
	 * refused for a reason that is no outage.
	 */
	private void awaitFirstConnection() {
		Instant deadline = Instant.now().plus(FIRST_CONNECTION_TIMEOUT);
		while (true) {
			try (Connection connection = DriverManager.getConnection(this.database.jdbcUrl("fangpin"), "root", "")) {
				return;
			}
			catch (SQLException ex) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("The database took no connection within " + FIRST_CONNECTION_TIMEOUT, ex);
				}
			}
		}
	}

	private KeycloakDistribution launchKeycloak() {
		return KeycloakDistribution.start(this.settings.keycloakHome(), this.settings.realmDir(), this.keycloakPort,
				this.keycloakManagementPort, this.keycloakLog, KeycloakDistribution.Store.inMemory());
	}

	/** Stops what runs; a Keycloak that failed to start has stopped itself. */
	@Override
	public synchronized void close() {
		if (this.keycloak != null) {
			this.keycloak.thenAccept(KeycloakDistribution::close).exceptionally((failedToStart) -> null).join();
			this.keycloak = null;
		}
		if (this.databaseRunning) {
			try {
				stopDatabase();
			}
			catch (ManagedProcessException ex) {
				throw new IllegalStateException("Could not stop the database", ex);
			}
		}
	}

}
