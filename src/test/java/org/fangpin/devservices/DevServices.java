package org.fangpin.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the database and Keycloak that are not configured, and tells Spring where they are. What it
 * started stops with the JVM.
 */
public final class DevServices {

	private static final Logger logger = LoggerFactory.getLogger(DevServices.class);

	/**
	 * For development the services keep fixed ports and their data; for tests they are fresh; for benchmarks
	 * the database keeps its (large, slow to generate) data on a port of its own.
	 */
	public enum Purpose {

		DEVELOPMENT, TEST, BENCHMARK

	}

	private static final String ISSUER = "fangpin.security.issuer-uri";

	private static @Nullable DevServices forTests;

	private static @Nullable DevServices databaseForTests;

	private final Map<String, Object> properties;

	private DevServices(Map<String, Object> properties) {
		this.properties = Map.copyOf(properties);
	}

	/** The services of the test JVM: started by the first test that asks, shared by all of them. */
	public static synchronized DevServices forTests() {
		if (forTests == null) {
			forTests = (databaseForTests != null) ? databaseForTests.withKeycloak() : start(Purpose.TEST, true);
		}
		return forTests;
	}

	/**
	 * The test JVM's database without Keycloak, for tests of SQL alone; the API tests that come later in the
	 * same JVM start Keycloak beside this same database.
	 */
	public static synchronized DevServices databaseForTests() {
		if (forTests != null) {
			return forTests;
		}
		if (databaseForTests == null) {
			databaseForTests = start(Purpose.TEST, false);
		}
		return databaseForTests;
	}

	public static DevServices start(Purpose purpose) {
		return start(purpose, true);
	}

	private static DevServices start(Purpose purpose, boolean keycloak) {
		DevServicesSettings settings = DevServicesSettings.load();
		Map<String, Object> properties = new LinkedHashMap<>();
		List<AutoCloseable> started = new ArrayList<>();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started), "dev-services-shutdown"));
		boolean databaseConfigured = DevServicesSettings.configured("spring.datasource.url", "FANGPIN_DB_URL") != null;
		boolean issuerConfigured = issuerConfigured();
		if (DevServicesSettings.useContainers()) {
			ContainerServices containers = ContainerServices.start(settings.keycloakVersion(),
					settings.realmDir().resolve("fangpin-realm.json"));
			started.add(containers);
			properties.put("spring.datasource.url", containers.jdbcUrl());
			properties.put("spring.datasource.username", containers.username());
			properties.put("spring.datasource.password", containers.password());
			properties.put(ISSUER, containers.issuerUri());
			return new DevServices(properties);
		}
		EmbeddedMariaDb db = null;
		if (!databaseConfigured) {
			db = startDatabase(purpose, settings);
			started.add(db);
			properties.put("spring.datasource.url", db.jdbcUrl("fangpin"));
			properties.put("spring.datasource.username", "root");
			properties.put("spring.datasource.password", "");
		}
		if (keycloak && !issuerConfigured) {
			KeycloakDistribution identityProvider = startKeycloak(purpose, settings, keycloakStore(purpose, settings, db));
			started.add(identityProvider);
			properties.put(ISSUER, identityProvider.issuerUri());
		}
		return new DevServices(properties);
	}

	private static boolean issuerConfigured() {
		return DevServicesSettings.configured(ISSUER, "FANGPIN_ISSUER_URI") != null;
	}

	/** These services and a Keycloak of the tests beside them (the containers come with one already). */
	private DevServices withKeycloak() {
		if (this.properties.containsKey(ISSUER) || issuerConfigured()) {
			return this;
		}
		DevServicesSettings settings = DevServicesSettings.load();
		KeycloakDistribution keycloak = startKeycloak(Purpose.TEST, settings, keycloakStore(Purpose.TEST, settings, null));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(List.of(keycloak)), "dev-services-shutdown"));
		Map<String, Object> properties = new LinkedHashMap<>(this.properties);
		properties.put(ISSUER, keycloak.issuerUri());
		return new DevServices(properties);
	}

	private static EmbeddedMariaDb startDatabase(Purpose purpose, DevServicesSettings settings) {
		if (purpose == Purpose.DEVELOPMENT) {
			return EmbeddedMariaDb.start(settings.localDir().resolve("mariadb"), 3307);
		}
		if (purpose == Purpose.BENCHMARK) {
			// a county's households and members fit in memory, as they would on a production server
			return EmbeddedMariaDb.start(settings.localDir().resolve("mariadb-bench"), freePort(),
					"--innodb-buffer-pool-size=2G");
		}
		Path dir = settings.localDir().resolve("mariadb-test");
		deleteRecursively(dir);
		return EmbeddedMariaDb.start(dir, freePort());
	}

	/**
	 * Development keeps what administrators change in the console: in the {@code keycloak} database of the
	 * embedded MariaDB, or in a file when the API's database is configured instead. Tests and benchmarks start
	 * from the realm file in memory. {@code FANGPIN_KEYCLOAK_DB_URL} (a MariaDB JDBC URL) puts any of them on a
	 * database of one's choosing.
	 */
	private static KeycloakDistribution.Store keycloakStore(Purpose purpose, DevServicesSettings settings,
			@Nullable EmbeddedMariaDb db) {
		String configured = DevServicesSettings.configured("fangpin.dev.keycloak-db-url", "FANGPIN_KEYCLOAK_DB_URL");
		if (configured != null) {
			return KeycloakDistribution.Store.mariaDb(configured);
		}
		if (purpose != Purpose.DEVELOPMENT) {
			return KeycloakDistribution.Store.inMemory();
		}
		return (db != null) ? KeycloakDistribution.Store.mariaDb("localhost", db.port(), "keycloak")
				: KeycloakDistribution.Store.file(settings.keycloakHome());
	}

	private static KeycloakDistribution startKeycloak(Purpose purpose, DevServicesSettings settings,
			KeycloakDistribution.Store store) {
		boolean development = purpose == Purpose.DEVELOPMENT;
		Path logFile = settings.logDir()
			.resolve(development ? "keycloak.log" : "keycloak-" + purpose.name().toLowerCase(Locale.ROOT) + ".log");
		logger.info("Starting Keycloak {} (log: {}, store: {})", settings.keycloakVersion(), logFile, store.description());
		return KeycloakDistribution.start(settings.keycloakHome(), settings.realmDir(), development ? 8180 : freePort(),
				development ? 9180 : freePort(), logFile, store);
	}

	/** {@code spring.datasource.*} and {@code fangpin.security.issuer-uri} of what was started. */
	public Map<String, Object> properties() {
		return this.properties;
	}

	private static void stopAll(List<AutoCloseable> started) {
		for (AutoCloseable service : started.reversed()) {
			try {
				service.close();
			}
			catch (Exception ex) {
				logger.warn("Could not stop {}", service, ex);
			}
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
