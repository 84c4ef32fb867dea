package org.fangpin.security.tokens;

import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Each access token decoded and verified once, then taken from memory until it expires: a cadre's client sends
 * the same token with every request for its lifetime (15 minutes in the realm), and parsing it and checking its
 * RSA signature, issuer, audience and times again was a twentieth of a household page's CPU. The key is the
 * whole token as sent, so only the very token that was verified is let through; a refused token is never kept.
 * <p>
 * What it changes: a token verified before one of the realm's signing keys is removed stays accepted until it
 * expires, at most the access-token lifespan. Without the cache the removal took effect only when the API
 * fetched the key set again anyway (every {@code fangpin.security.signing-keys.refresh-interval}, or at once
 * for a token signed with an unknown key), so a key removed in a hurry was already trusted for up to that long;
 * to cut a compromised key off at once, restart the instances (their caches and key sets start empty).
 */
final class VerifiedTokens implements JwtDecoder {

	/** Enough for every caller active at once in a county; a token evicted early is merely verified again. */
	private static final long MAX_TOKENS = 50_000;

	private final JwtDecoder decoder;

	private final Cache<String, Jwt> verified;

	VerifiedTokens(JwtDecoder decoder) {
		this.decoder = decoder;
		this.verified = Caffeine.newBuilder()
			.maximumSize(MAX_TOKENS)
			.expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> untilExpiry(jwt)))
			.build();
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = this.verified.getIfPresent(token);
		if (cached != null) {
			return cached;
		}
		Jwt jwt = this.decoder.decode(token);
		if (jwt.getExpiresAt() != null) {
			this.verified.put(token, jwt);
		}
		return jwt;
	}

	/** By the system clock, as the decoder's own check of the expiry: never kept past the time it would refuse the token. */
	private static Duration untilExpiry(Jwt jwt) {
		Instant expiresAt = jwt.getExpiresAt();
		Duration left = (expiresAt != null) ? Duration.between(Instant.now(), expiresAt) : Duration.ZERO;
		return left.isNegative() ? Duration.ZERO : left;
	}

}
