package org.fangpin.support;

import org.fangpin.devservices.DevServices;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API on a random port, on the real database and Keycloak of {@link DevServices}; every API test
 * extends it so that all share one Spring context and one set of services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {

	private static KeycloakTokens tokens;

	@LocalServerPort
	protected int port;

	@Value("${fangpin.security.issuer-uri}")
	protected String issuerUri;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		DevServices.forTests().properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	protected KeycloakTokens tokens() {
		synchronized (ApiTest.class) {
			if (tokens == null) {
				tokens = new KeycloakTokens(this.issuerUri);
			}
			return tokens;
		}
	}

	/** A client of the API without any token. */
	protected WebTestClient anonymous() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	/** A client of the API that sends the token of {@code persona}. */
	protected WebTestClient clientAs(Persona persona) {
		return clientWithToken(tokens().accessToken(persona));
	}

	protected WebTestClient clientWithToken(String accessToken) {
		return anonymous().mutate().defaultHeaders((headers) -> headers.setBearerAuth(accessToken)).build();
	}

	/** GraphQL as {@code persona}; documents are read from {@code graphql-test/} next to the tests. */
	protected HttpGraphQlTester graphQlAs(Persona persona) {
		WebTestClient client = clientWithToken(tokens().accessToken(persona)).mutate()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.build();
		return HttpGraphQlTester.create(client);
	}

}
