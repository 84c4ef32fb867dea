package org.fangpin.security.tokens;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.source.CachingJWKSetSource;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.OutageTolerantJWKSetSource;
import com.nimbusds.jose.jwk.source.RefreshAheadCachingJWKSetSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.events.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The realm's signing keys as the API holds them, so that tokens already issued keep working while Keycloak
 * is down: fetched once, used for the refresh interval and fetched again in the background shortly before
 * it ends; when Keycloak cannot be reached, the keys fetched last stay in use for the outage tolerance. A
 * token signed with a key not held yet (Keycloak rotated its keys) makes the keys be fetched at once.
 */
final class SigningKeys {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeys.class);

	/** Keycloak's key set is a few kilobytes. */
	private static final int SIZE_LIMIT = 100 * 1024;

	private SigningKeys() {
	}

	static JWKSource<SecurityContext> fetchedFrom(URI uri, SecurityProperties.SigningKeyProperties settings) {
		int timeout = Math.toIntExact(settings.fetchTimeout().toMillis());
		ThreadFactory threads = Thread.ofPlatform().daemon().name("signing-keys-", 0).factory();
		ExecutorService refresh = Executors.newSingleThreadExecutor(threads);
		ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(threads);
		try {
			return JWKSourceBuilder
				.<SecurityContext>create(uri.toURL(), new DefaultResourceRetriever(timeout, timeout, SIZE_LIMIT))
				// due after the refresh interval; a request waits the fetch timeout at most for a fetch another started
				.cache(settings.refreshInterval().toMillis(), timeout)
				// fetched again in the background twice the fetch timeout before they are due
				.refreshAheadCache(timeout, (event) -> logRefresh(uri, event), refresh, true, schedule, true)
				.outageTolerant(settings.outageTolerance().toMillis(), (event) -> logOutage(uri, event))
				.rateLimited(settings.minFetchInterval().toMillis())
				.build();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Not a URL for the signing keys: " + uri, ex);
		}
	}

	private static void logOutage(URI uri, Event<OutageTolerantJWKSetSource<SecurityContext>, SecurityContext> event) {
		if (event instanceof OutageTolerantJWKSetSource.OutageEvent<SecurityContext> outage) {
			logger.warn("Cannot fetch the signing keys from {} ({}): tokens are checked with the keys fetched before, "
					+ "for {} more at most", uri, outage.getException().getMessage(),
					Duration.ofMillis(outage.getRemainingTime()));
		}
	}

	private static void logRefresh(URI uri, Event<CachingJWKSetSource<SecurityContext>, SecurityContext> event) {
		if (event instanceof RefreshAheadCachingJWKSetSource.ScheduledRefreshFailed<SecurityContext> failed) {
			logger.error("Cannot fetch the signing keys from {} ({}), and the keys fetched before are past the outage "
					+ "tolerance: tokens are refused until Keycloak answers", uri, failed.getException().getMessage());
		}
		else if (event instanceof CachingJWKSetSource.RefreshCompletedEvent<SecurityContext> completed) {
			logger.debug("Signing keys from {}: {}", uri, completed.getJWKSet().getKeys().stream().map(JWK::getKeyID).toList());
		}
	}

}
