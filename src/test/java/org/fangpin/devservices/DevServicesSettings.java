package org.fangpin.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

/** What Maven wrote into {@code dev-services.properties}, and the switches a user sets. */
record DevServicesSettings(String keycloakVersion, Path projectDir, Path localDir) {

	static DevServicesSettings load() {
		Properties properties = new Properties();
		try (InputStream in = DevServicesSettings.class.getResourceAsStream("/dev-services.properties")) {
			if (in == null) {
				throw new IllegalStateException("dev-services.properties missing: build with ./mvnw");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DevServicesSettings(properties.getProperty("keycloak.version"),
				Path.of(properties.getProperty("project.dir")), Path.of(properties.getProperty("local.dir")));
	}

	Path keycloakHome() {
		return this.localDir.resolve("keycloak-" + this.keycloakVersion);
	}

	Path realmDir() {
		return this.projectDir.resolve("keycloak");
	}

	Path logDir() {
		return this.localDir.resolve("logs");
	}

	/** A setting given as a system property or as an environment variable (the documented name). */
	static @Nullable String configured(String systemProperty, String environmentVariable) {
		String value = System.getProperty(systemProperty);
		if (value == null || value.isBlank()) {
			value = System.getenv(environmentVariable);
		}
		return (value == null || value.isBlank()) ? null : value;
	}

	static boolean useContainers() {
		return "containers".equalsIgnoreCase(configured("fangpin.dev-services", "FANGPIN_DEV_SERVICES"));
	}

}
