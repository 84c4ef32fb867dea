package org.fangpin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;

/**
 * The data statements of a migration (what it fills in from the rows already there), to run again: a test
 * compares what they make of the records with what the API wrote, and the benchmark fills in what it wrote
 * behind the API's back. Such a migration's data statements must fill only what is missing.
 */
public final class MigrationBackfill {

	private MigrationBackfill() {
	}

	/** The INSERT and UPDATE statements of the migration file {@code db/migration/<file>}, in order. */
	public static List<String> statements(String file) {
		String sql;
		try {
			sql = new ClassPathResource("db/migration/" + file).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Arrays.stream(sql.replaceAll("(?m)--.*$", "").split(";"))
			.map(String::strip)
			.filter((statement) -> {
				String verb = statement.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
				return verb.equals("INSERT") || verb.equals("UPDATE");
			})
			.toList();
	}

}
