package org.fangpin.security.tokens;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How tokens are checked.
 *
 * @param issuerUri the realm's issuer; tokens must carry exactly this {@code iss}
 * @param jwkSetUri where to fetch signing keys when the issuer address is not reachable from the API
 * (inside docker compose); blank: Keycloak's address for them under the issuer
 * @param audience the {@code aud} every token must name
 * @param clockSkew tolerance on {@code exp} and {@code nbf} between Keycloak's clock and ours
 * @param signingKeys how the realm's signing keys are kept
 */
@ConfigurationProperties("fangpin.security")
public record SecurityProperties(URI issuerUri, @Nullable String jwkSetUri, String audience, Duration clockSkew,
		SigningKeyProperties signingKeys) {

	/**
	 * Keycloak publishes a realm's keys at a fixed place under its issuer: nothing to discover, so the API
	 * needs no answer from Keycloak to start.
	 */
	URI keysUri() {
		return StringUtils.hasText(this.jwkSetUri) ? URI.create(this.jwkSetUri)
				: URI.create(this.issuerUri + "/protocol/openid-connect/certs");
	}

	/**
	 * @param refreshInterval how long fetched keys are used before they are fetched again (in the background,
	 * ahead of time, so that no request waits for it)
	 * @param outageTolerance how long the keys fetched last are still used while Keycloak cannot be reached
	 * @param fetchTimeout the bound on connecting to Keycloak and on reading its answer
	 * @param minFetchInterval tokens signed with a key not yet held (Keycloak rotated its keys) fetch the keys
	 * at once, but at most twice in this interval: forged key ids cannot make the API flood Keycloak
	 */
	record SigningKeyProperties(Duration refreshInterval, Duration outageTolerance, Duration fetchTimeout,
			Duration minFetchInterval) {

		SigningKeyProperties {
			// the background refresh starts twice the fetch timeout before the keys expire (a fetch may take as long
			// to connect and as long again to read)
			if (fetchTimeout.multipliedBy(2).compareTo(refreshInterval) >= 0) {
				throw new IllegalArgumentException("fangpin.security.signing-keys.refresh-interval (" + refreshInterval
						+ ") must be more than twice the fetch-timeout (" + fetchTimeout + ")");
			}
			if (minFetchInterval.compareTo(refreshInterval) >= 0) {
				throw new IllegalArgumentException("fangpin.security.signing-keys.min-fetch-interval (" + minFetchInterval
						+ ") must be shorter than the refresh-interval (" + refreshInterval + ")");
			}
			if (outageTolerance.compareTo(refreshInterval) < 0) {
				throw new IllegalArgumentException("fangpin.security.signing-keys.outage-tolerance (" + outageTolerance
						+ ") must be at least the refresh-interval (" + refreshInterval + ")");
			}
		}

	}

}
