package org.fangpin.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration, once released, is never edited: a database migrated by its old text would no longer match (Flyway
 * refuses to start on a changed checksum), so a change is a new migration. The released ones are listed with the
 * SHA-256 of their text in {@code db/released-migrations.txt}; a new migration is added to the list when it is
 * released.
 */
class ReleasedMigrationsTest {

	@Test
	void noReleasedMigrationIsEditedOrRemoved() throws IOException {
		Map<String, String> released = released();
		Map<String, String> present = present();
		released.forEach((name, hash) -> assertThat(present.get(name))
			.as("%s was released: change the schema with a new migration instead of editing or removing it", name)
			.isEqualTo(hash));
	}

	@Test
	void everyMigrationIsListedAsReleased() throws IOException {
		assertThat(released().keySet())
			.as("a new migration is added to db/released-migrations.txt (name and SHA-256 of its text) when released")
			.containsAll(present().keySet());
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new LinkedHashMap<>();
		try (InputStream in = Objects.requireNonNull(
				ReleasedMigrationsTest.class.getResourceAsStream("/db/released-migrations.txt"))) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> line.split(" "))
				.forEach((parts) -> released.put(parts[0], parts[1]));
		}
		return released;
	}

	/** Each migration's text as checked out, with line ends as Git stores them (Flyway ignores them too). */
	private static Map<String, String> present() throws IOException {
		Map<String, String> present = new LinkedHashMap<>();
		for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
			try (InputStream in = migration.getInputStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
				present.put(migration.getFilename(), sha256(text));
			}
		}
		return present;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
