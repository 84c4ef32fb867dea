package org.fangpin.grid;

import org.fangpin.security.tokens.SecurityProperties;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The realm's Admin REST API, called as the service account of {@code fangpin-grid-sync} (client credentials),
 * which holds only the realm-management roles that group membership needs: {@code query-groups},
 * {@code view-users}, {@code manage-users}. Its base is the issuer (or {@code fangpin.grid-sync.realm-uri})
 * with {@code /realms/} turned into {@code /admin/realms/}. Kept here because only security speaks OAuth2; the grid feature says what to call.
 */
@Component
public class KeycloakAdmin {

	private static final String REGISTRATION = "fangpin-grid-sync";

	private final RestClient rest;

	private final boolean enabled;

	KeycloakAdmin(SecurityProperties security, GridSyncProperties sync) {
		String configured = sync.realmUri();
		String realm = (configured != null && !configured.isBlank()) ? configured : security.issuerUri().toString();
		ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
			.clientId(sync.clientId())
			.clientSecret(sync.clientSecret())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(realm + "/protocol/openid-connect/token")
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
		interceptor.setClientRegistrationIdResolver((request) -> REGISTRATION);
		// The token is the API's own, whoever's request made the call
		interceptor.setPrincipalResolver((request) -> new AnonymousAuthenticationToken(REGISTRATION, REGISTRATION,
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		this.rest = RestClient.builder()
			.baseUrl(realm.replace("/realms/", "/admin/realms/"))
			.requestInterceptor(interceptor)
			.build();
		this.enabled = sync.enabled();
	}

	/** A client of {@code <server>/admin/realms/<realm>}, authorized as the grid-sync service account. */
	public RestClient rest() {
		return this.rest;
	}

	/** Whether the API keeps Keycloak in step (off where no service account is configured). */
	public boolean isEnabled() {
		return this.enabled;
	}

}
