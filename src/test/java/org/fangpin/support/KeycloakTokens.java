package org.fangpin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Real access tokens from the realm's token endpoint: password grants for demo users (client
 * {@code fangpin-cli}) and client credentials for department systems, reused while fresh; and, for the
 * clients that log in through the browser (the console, the mini-program), the authorization code flow.
 */
public final class KeycloakTokens {

	private static final Duration REUSE_FOR = Duration.ofMinutes(5);

	/** Where Keycloak's login page posts the user name and password. */
	private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

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

	/** A department system's token, by its client's id and secret (client credentials). */
	public String clientCredentials(String clientId, String secret) {
		return request(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
	}

	/** A user's token from any public client of the realm with direct access grants. */
	public String passwordGrant(String clientId, String username) {
		return request(Map.of("grant_type", "password", "client_id", clientId, "username", username, "password",
				Persona.PASSWORD));
	}

	/**
	 * A user's token from a public client with the authorization code flow and PKCE, as a browser or the
	 * mini-program's web view gets it: the realm's login form is filled in and the code taken from the redirect
	 * (to an address registered for the client, never followed).
	 */
	public String authorizationCodeGrant(String clientId, Persona persona) {
		String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(UUID.randomUUID().toString().getBytes());
		String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
		String redirectUri = "http://localhost:8080/console/";
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> loginPage = send(browser, HttpRequest.newBuilder(URI.create(this.issuerUri
				+ "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=" + clientId + "&redirect_uri="
				+ URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&code_challenge=" + challenge
				+ "&code_challenge_method=S256")).build());
		Matcher form = LOGIN_FORM.matcher(loginPage.body());
		if (!form.find()) {
			throw new IllegalStateException("No login form in Keycloak's page for " + clientId);
		}
		// the login session's cookies, sent back by hand: they are marked Secure, which Java's cookie store
		// keeps from a plain-HTTP Keycloak while browsers make an exception for localhost
		String cookies = loginPage.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.split(";", 2)[0])
			.collect(Collectors.joining("; "));
		HttpResponse<String> loggedIn = send(browser,
				HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
					.header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
					.header("Cookie", cookies)
					.POST(HttpRequest.BodyPublishers.ofString("username=" + persona.login() + "&password=" + Persona.PASSWORD))
					.build());
		String location = loggedIn.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("Keycloak did not log " + persona + " in: " + loggedIn.body()));
		String code = UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("code");
		return request(Map.of("grant_type", "authorization_code", "client_id", clientId, "code", code, "redirect_uri",
				redirectUri, "code_verifier", verifier));
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
