package org.fangpin.devservices;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.fangpin.support.KeycloakConsole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restarting the development stack keeps what an administrator did in the Keycloak admin console: Keycloak
 * on a MariaDB database, as {@code ./mvnw spring-boot:test-run} runs it, stopped and started again. On the
 * API's test database server (the embedded MariaDB, or the server of {@code FANGPIN_DB_URL}, reached as
 * root without a password). Two starts on a new database take two to four minutes, the first creating
 * Keycloak's schema, so this runs only with {@code -Pslow}.
 */
@Tag("slow")
class KeycloakDatabaseStoreTest {

	private static final String DATABASE = "keycloak_store_test";

	@Test
	void roleGivenInTheConsoleSurvivesARestart() throws Exception {
		DevServicesSettings settings = DevServicesSettings.load();
		String configured = DevServicesSettings.configured("spring.datasource.url", "FANGPIN_DB_URL");
		EmbeddedMariaDb embedded = null;
		if (configured == null) {
			Path dir = settings.localDir().resolve("mariadb-keycloak-store-test");
			DevServices.deleteRecursively(dir);
			embedded = EmbeddedMariaDb.start(dir, 0);
		}
		try {
			URI server = URI.create(((configured != null) ? configured : embedded.jdbcUrl(DATABASE)).substring("jdbc:".length()));
			int port = (server.getPort() > 0) ? server.getPort() : 3306;
			dropDatabase(server.getHost(), port);
			KeycloakDistribution.Store store = KeycloakDistribution.Store.mariaDb(server.getHost(), port, DATABASE);
			Path log = settings.logDir().resolve("keycloak-store-test.log");
			String userId;
			try (KeycloakDistribution keycloak = start(settings, store, log)) {
				KeycloakConsole console = new KeycloakConsole(keycloak.issuerUri());
				userId = console.createUser("restarted", "重", "启");
				console.giveRoleByHand(userId, "resident");
			}
			try (KeycloakDistribution keycloak = start(settings, store, log)) {
				KeycloakConsole console = new KeycloakConsole(keycloak.issuerUri());
				assertThat(console.userId("restarted")).contains(userId);
				assertThat(console.realmRoles(userId)).contains("resident");
			}
			// the log is the second start's: the realm file was not imported over what the administrator did
			assertThat(Files.readString(log)).contains("Realm 'fangpin' already exists. Import skipped");
		}
		finally {
			if (embedded != null) {
				embedded.close();
			}
		}
	}

	private static KeycloakDistribution start(DevServicesSettings settings, KeycloakDistribution.Store store, Path log) {
		return KeycloakDistribution.start(settings.keycloakHome(), settings.realmDir(), DevServices.freePort(),
				DevServices.freePort(), log, store);
	}

	private static void dropDatabase(@Nullable String host, int port) throws Exception {
		try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/", "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
		}
	}

}
