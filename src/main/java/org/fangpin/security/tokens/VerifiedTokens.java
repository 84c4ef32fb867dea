package org.fangpin.security.tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Each access token decoded and verified once, then taken from memory until it expires: a cadre's client sends
 * the same token with every request for its lifetime (15 minutes in the realm), and parsing it and checking its
 * RSA signature, issuer, audience and times again was a twentieth of a household page's CPU. The key is the
 * whole token as sent, so only the very token that was verified is let through; a refused token is never kept.
 * <p>
 * A token taken from memory is still checked against the signing keys the API holds now: once the realm has
 * dropped the key that signed it (and the API has fetched the key set again: at once for a token signed with a
 * key it does not hold, otherwise every {@code fangpin.security.signing-keys.refresh-interval}), the token is
 * verified again, and refused, exactly as without the cache. Looking a key up by its id costs next to nothing.
 */
final class VerifiedTokens implements JwtDecoder {

	/** Enough for every caller active at once in a county; a token evicted early is merely verified again. */
	private static final long MAX_TOKENS = 50_000;

	private final JwtDecoder decoder;

	private final JWKSource<SecurityContext> signingKeys;

	private final Cache<String, Jwt> verified;

	VerifiedTokens(JwtDecoder decoder, JWKSource<SecurityContext> signingKeys) {
		this.decoder = decoder;
		this.signingKeys = signingKeys;
		this.verified = Caffeine.newBuilder()
			.maximumSize(MAX_TOKENS)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = this.verified.getIfPresent(token);
		if (cached != null) {
			Optional<Boolean> held = signingKeyHeld(cached);
			if (held.orElse(false)) {
				return cached;
			}
			this.verified.invalidate(token);
			if (held.isPresent()) {
				// what the decoder answers for a key it does not hold, without asking the key set a second time
				throw new BadJwtException("Signed JWT rejected: no matching key found");
			}
		}
		Jwt jwt = this.decoder.decode(token);
		if (jwt.getExpiresAt() != null) {
			this.verified.put(token, jwt);
		}
		return jwt;
	}

	/**
	 * Whether the key that signed the token is held now; empty when that cannot be told (the decoder then verifies
	 * the token again and says why it fails, if it does).
	 */
	private Optional<Boolean> signingKeyHeld(Jwt jwt) {
		if (!(jwt.getHeaders().get("kid") instanceof String keyId)) {
			// no key id to look up (Keycloak always sends one): verified again each time
			return Optional.empty();
		}
		try {
			return Optional.of(!this.signingKeys.get(new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build()), null)
				.isEmpty());
		}
		catch (KeySourceException ex) {
			return Optional.empty();
		}
	}

	/** By the system clock, as the decoder's own check of the expiry: never kept past the time it would refuse the token. */
	private static Duration untilExpiry(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		Duration left = (expiresAt != null) ? Duration.between(Instant.now(), expiresAt) : Duration.ZERO;
		return left.isNegative() ? Duration.ZERO : left;
	}

}
