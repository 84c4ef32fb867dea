package org.fangpin.security;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tokens are checked.
 *
 * @param issuerUri the realm's issuer; tokens must carry exactly this {@code iss}
 * @param jwkSetUri where to fetch signing keys when the issuer address is not reachable from the API
 * (inside docker compose); blank: discovered from the issuer
 * @param audience the {@code aud} every token must name
 * @param clockSkew tolerance on {@code exp} and {@code nbf} between Keycloak's clock and ours
 */
@ConfigurationProperties("fangpin.security")
record SecurityProperties(URI issuerUri, @Nullable String jwkSetUri, String audience, Duration clockSkew) {
}
