package org.fangpin.console;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the console sends people to log in.
 *
 * @param issuer the realm people log in to, as their browsers reach it: the issuer the API trusts
 * ({@code fangpin.security.issuer-uri}) unless set
 * @param clientId the realm's client of the console (authorization code with PKCE, a public client)
 */
@ConfigurationProperties("fangpin.console")
record ConsoleProperties(URI issuer, @DefaultValue("fangpin-console") String clientId) {

	/** Keycloak's origin: the one place besides the API the console's scripts may talk to. */
	String keycloakOrigin() {
		return this.issuer.getScheme() + "://" + this.issuer.getRawAuthority();
	}

}
