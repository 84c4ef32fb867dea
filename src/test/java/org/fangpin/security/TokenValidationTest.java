package org.fangpin.security;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a token that Keycloak signed, for this issuer and this audience, and not expired, gets in. */
class TokenValidationTest extends ApiTest {

	private static final Map<String, String> ME = Map.of("query", "{ me { subject } }");

	@Test
	void requestWithoutTokenIsUnauthorized() {
		postMe(anonymous()).expectStatus().isUnauthorized();
	}

	@Test
	void anUnauthenticatedRequestGetsAGraphQlErrorBodyAndTheBearerChallenge() {
		postMe(anonymous()).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches("WWW-Authenticate", "Bearer.*")
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("UNAUTHENTICATED")
			.jsonPath("$.errors[0].message")
			.value((String message) -> assertThat(message).startsWith("未登录"));
	}

	@Test
	void aRequestThatDoesNotFitTheSchemaIsRefusedInChineseToo() {
		clientAs(Persona.WORKER).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ me { nosuchfield } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].message")
			.value((String message) -> assertThat(message).startsWith("请求与接口定义不符").contains("nosuchfield"));
	}

	@Test
	void validTokenIsAccepted() {
		postMe(clientAs(Persona.WORKER)).expectStatus().isOk();
	}

	@Test
	void tokenWithTamperedSignatureIsUnauthorized() {
		String token = tokens().accessToken(Persona.WORKER);
		int lastDot = token.lastIndexOf('.');
		byte[] signature = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
		signature[signature.length / 2] ^= 0x01;
		String tampered = token.substring(0, lastDot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

		postMe(clientWithToken(tampered)).expectStatus().isUnauthorized();
	}

	@Test
	void tokenWithTamperedClaimsIsUnauthorized() {
		String[] parts = tokens().accessToken(Persona.WORKER).split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
		String widened = claims.replace("\"/999901/999901100/999901100201/99990110020101\"", "\"/999901/county-officer\"");
		assertThat(widened).isNotEqualTo(claims);
		String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(widened.getBytes())
				+ "." + parts[2];

		postMe(clientWithToken(forged)).expectStatus().isUnauthorized();
	}

	@Test
	void tokenForAnotherAudienceIsUnauthorized() {
		// admin-cli is a client of the same realm that does not carry the fangpin-api audience
		String token = tokens().passwordGrant("admin-cli", "worker");
		assertThat(audienceOf(token)).doesNotContain("fangpin-api");

		postMe(clientWithToken(token)).expectStatus().isUnauthorized();
	}

	@Test
	void expiredTokenIsUnauthorized() throws InterruptedException {
		try (ShortLivedClient client = ShortLivedClient.create(this.issuerUri)) {
			String token = tokens().passwordGrant(client.clientId(), "worker");
			postMe(clientWithToken(token)).expectStatus().isOk();
			waitUntilExpired(token);

			postMe(clientWithToken(token)).expectStatus().isUnauthorized();
		}
	}

	private static WebTestClient.ResponseSpec postMe(WebTestClient client) {
		return client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(ME).exchange();
	}

	private static Map<String, Object> claims(String token) {
		byte[] json = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
		return JsonMapper.shared().readValue(json, Map.class);
	}

	private static List<Object> audienceOf(String token) {
		Object aud = claims(token).get("aud");
		return (aud instanceof List<?> list) ? List.copyOf(list) : (aud != null) ? List.of(aud) : List.of();
	}

	private static void waitUntilExpired(String token) throws InterruptedException {
		long exp = ((Number) claims(token).get("exp")).longValue();
		while (Instant.now().getEpochSecond() <= exp) {
			Thread.sleep(200);
		}
	}

	/**
	 * A client of the realm whose access tokens live five seconds (long enough to be used once first), made
	 * through Keycloak's admin API for one test and removed after it, so that no test-only client sits in the
	 * realm file.
	 */
	private record ShortLivedClient(RestClient admin, String id, String clientId)
			implements AutoCloseable {

		static ShortLivedClient create(String issuerUri) {
			String base = issuerUri.substring(0, issuerUri.indexOf("/realms/"));
			String adminToken = (String) RestClient.create()
				.post()
				.uri(base + "/realms/master/protocol/openid-connect/token")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body("grant_type=password&client_id=admin-cli&username=admin&password=admin")
				.retrieve()
				.body(Map.class)
				.get("access_token");
			RestClient admin = RestClient.builder()
				.baseUrl(base + "/admin/realms/fangpin")
				.defaultHeaders((headers) -> headers.setBearerAuth(adminToken))
				.build();
			String clientId = "expiring-" + UUID.randomUUID();
			String location = admin.post()
				.uri("/clients")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
						"standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "5"),
						"defaultClientScopes", List.of("fangpin", "roles", "profile", "basic")))
				.retrieve()
				.toBodilessEntity()
				.getHeaders()
				.getLocation()
				.toString();
			return new ShortLivedClient(admin, location.substring(location.lastIndexOf('/') + 1), clientId);
		}

		@Override
		public void close() {
			this.admin.delete().uri("/clients/{id}", this.id).retrieve().toBodilessEntity();
		}

	}

}
