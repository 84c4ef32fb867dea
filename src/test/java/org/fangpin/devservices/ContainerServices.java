package org.fangpin.devservices;

import java.nio.file.Path;
import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/** MySQL 8.4 and Keycloak in containers, for machines with a Docker engine. */
final class ContainerServices implements AutoCloseable {

	private static final int KEYCLOAK_PORT = 8080;

	private final MySQLContainer mysql;

	private final GenericContainer<?> keycloak;

	private ContainerServices(MySQLContainer mysql, GenericContainer<?> keycloak) {
		this.mysql = mysql;
		this.keycloak = keycloak;
	}

	static ContainerServices start(String keycloakVersion, Path realmFile) {
		MySQLContainer mysql = new MySQLContainer(DockerImageName.parse("mysql:8.4")).withDatabaseName("fangpin");
		GenericContainer<?> keycloak = new GenericContainer<>(
				DockerImageName.parse("quay.io/keycloak/keycloak:" + keycloakVersion))
			.withCommand("start-dev", "--import-realm")
			.withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
			.withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
			.withCopyFileToContainer(MountableFile.forHostPath(realmFile),
					"/opt/keycloak/data/import/" + realmFile.getFileName())
			.withExposedPorts(KEYCLOAK_PORT)
			.waitingFor(Wait.forHttp("/realms/fangpin/.well-known/openid-configuration")
				.forPort(KEYCLOAK_PORT)
				.withStartupTimeout(Duration.ofMinutes(4)));
		mysql.start();
		keycloak.start();
		return new ContainerServices(mysql, keycloak);
	}

	String jdbcUrl() {
		return this.mysql.getJdbcUrl();
	}

	String username() {
		return this.mysql.getUsername();
	}

	String password() {
		return this.mysql.getPassword();
	}

	String issuerUri() {
		return "http://" + this.keycloak.getHost() + ":" + this.keycloak.getMappedPort(KEYCLOAK_PORT)
				+ "/realms/fangpin";
	}

	@Override
	public void close() {
		this.keycloak.stop();
		this.mysql.stop();
	}

}
