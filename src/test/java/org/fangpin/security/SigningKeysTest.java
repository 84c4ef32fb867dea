package org.fangpin.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key cache on its own, against a key set published over HTTP that the test changes and takes away at
 * will: what {@code OutageTest} cannot time with a real Keycloak (a key rotation without a restart, the end
 * of the outage tolerance).
 */
class SigningKeysTest {

	private final RSAKey first = key("first");

	private final RSAKey second = key("second");

	private final AtomicInteger fetches = new AtomicInteger();

	private volatile JWKSet published = new JWKSet(this.first);

	private HttpServer server;

	@BeforeEach
	void publish() throws IOException, InterruptedException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/certs", (exchange) -> {
			this.fetches.incrementAndGet();
			byte[] body = this.published.toPublicJWKSet().toString().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		// a first request loads the server's classes: the key cache's own first fetch is then not slowed by it
		HttpClient.newHttpClient().send(HttpRequest.newBuilder(certs()).build(), HttpResponse.BodyHandlers.discarding());
		this.fetches.set(0);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void aKeyNotHeldYetIsFetchedAtOnceThoughTheHeldKeysAreFresh() throws KeySourceException {
		JWKSource<SecurityContext> keys = keys(new SecurityProperties.SigningKeyProperties(Duration.ofHours(1),
				Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofSeconds(30)));
		assertThat(find(keys, "first")).hasSize(1);

		this.published = new JWKSet(List.of(this.first, this.second));

		assertThat(find(keys, "second")).hasSize(1);
		assertThat(this.fetches).hasValue(2);
	}

	@Test
	void keysFetchedBeforeAnOutageServeUntilTheOutageToleranceEnds() throws Exception {
		JWKSource<SecurityContext> keys = keys(new SecurityProperties.SigningKeyProperties(Duration.ofMillis(2500),
				Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofMillis(200)));
		assertThat(find(keys, "first")).hasSize(1);

		this.server.stop(0);
		Thread.sleep(3000);

		assertThat(find(keys, "first")).as("past a refresh interval into the outage").hasSize(1);
		// the outage tolerance ends 4 s after the last fetch; what the cache held then, 2.5 s later at most
		Thread.sleep(4000);
		assertThatThrownBy(() -> find(keys, "first")).as("past the outage tolerance").isInstanceOf(KeySourceException.class);
	}

	private JWKSource<SecurityContext> keys(SecurityProperties.SigningKeyProperties settings) {
		return SigningKeys.fetchedFrom(certs(), settings);
	}

	private URI certs() {
		return URI.create("http://localhost:" + this.server.getAddress().getPort() + "/certs");
	}

	private static List<JWK> find(JWKSource<SecurityContext> keys, String keyId) throws KeySourceException {
		return keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build()), null);
	}

	private static RSAKey key(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
