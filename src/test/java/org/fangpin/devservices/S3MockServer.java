package org.fangpin.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * An S3-compatible server for the tests of the S3 blob store: Adobe's S3Mock, the runnable jar the build
 * copies from Maven Central, started as a process (as Keycloak is) with a fresh directory and one bucket.
 */
public final class S3MockServer implements AutoCloseable {

	private final Process process;

	private final int port;

	private S3MockServer(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static S3MockServer start(String bucket) {
		DevServicesSettings settings = DevServicesSettings.load();
		Path jar = settings.localDir().resolve("s3mock/s3mock.jar");
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " missing: build with ./mvnw (generate-test-resources copies it)");
		}
		int port = DevServices.freePort();
		try {
			Path root = Files.createTempDirectory("s3mock");
			Path log = Files.createDirectories(settings.logDir()).resolve("s3mock.log");
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx256m", "-jar", jar.toString(), "--http.port=" + port, "--server.port=" + DevServices.freePort(),
					"--com.adobe.testing.s3mock.store.root=" + root,
					"--com.adobe.testing.s3mock.store.initial-buckets=" + bucket)
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			S3MockServer server = new S3MockServer(process, port);
			server.awaitReady(log);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String endpoint() {
		return "http://localhost:" + this.port;
	}

	private void awaitReady(Path log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("S3Mock stopped while starting; see " + log);
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		close();
		throw new IllegalStateException("S3Mock did not start within 2 minutes; see " + log);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
