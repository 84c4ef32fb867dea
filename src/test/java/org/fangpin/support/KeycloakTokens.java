package org.fangpin.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Real access tokens from the realm's token endpoint: password grants for demo users (client
 * {@code fangpin-cli}) and client credentials for department systems. Tokens are reused while fresh.
 */
public final class KeycloakTokens {

	private static final Duration REUSE_FOR = Duration.ofMinutes(5);

	private final String issuerUri;

	private final RestClient http = RestClient.create();

	private final Map<Persona, Token> cache = new ConcurrentHashMap<>();

	public KeycloakTokens(String issuerUri) {
		this.issuerUri = issuerUri;
	}

	public String accessToken(Persona persona) {
		return this.cache.compute(persona, (key, cached) -> (cached != null && cached.isFresh()) ? cached
				: new Token(obtain(persona), Instant.now())).value();
	}

	private String obtain(Persona persona) {
		if (persona.isServiceAccount()) {
			return request(Map.of("grant_type", "client_credentials", "client_id", persona.login(), "client_secret",
					persona.clientSecret()));
		}
		return passwordGrant("fangpin-cli", persona.login());
	}

	/** A user's token from any public client of the realm with direct access grants. */
	public String passwordGrant(String clientId, String username) {
		return request(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password",
				Persona.PASSWORD));
	}

	private String request(Map<String, String> parameters) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		parameters.forEach(form::add);
		Map<String, Object> response = this.http.post()
			.uri(this.issuerUri + "/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return (String) response.get("access_token");
	}

	private record Token(String value, Instant obtainedAt) {

		boolean isFresh() {
			return this.obtainedAt.plus(REUSE_FOR).isAfter(Instant.now());
		}

	}

}
