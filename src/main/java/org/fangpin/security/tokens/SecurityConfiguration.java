package org.fangpin.security.tokens;

import org.fangpin.security.Role;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The API is an OAuth2 resource server: it trusts a request only for a token whose signature, issuer,
 * audience and expiry check out, and then knows the caller only as a {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CallerAuthenticationConverter callers) {
		http.authorizeHttpRequests((requests) -> requests
			// An error dispatch renders the status its request already got. Authorized again, it finds no caller
			// when the request was refused before its token was read (by the firewall), and a 404 became a 401,
			// "please log in again", for a caller whose token is valid
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
			.permitAll()
			// The page only; it sends the user's own token to /graphql (absent in prod)
			.requestMatchers(HttpMethod.GET, "/graphiql", "/graphiql/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole(Role.GRID_ADMIN.name())
			.anyRequest()
			.authenticated())
			.oauth2ResourceServer((server) -> server.jwt((jwt) -> jwt.jwtAuthenticationConverter(callers))
				.authenticationEntryPoint(new UnauthenticatedEntryPoint()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new UnauthenticatedEntryPoint()))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Bearer tokens only, no cookies: nothing for a cross-site request to ride on
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	/**
	 * A path the firewall rejects ({@code //}, {@code ;}, an encoded dot segment) names nothing the API serves:
	 * 404, as any other path that names nothing, rather than the firewall's 400.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpStatus.NOT_FOUND.value());
	}

	/** Closed with the context: it stops the background refresh. */
	@Bean
	JWKSource<SecurityContext> signingKeys(SecurityProperties properties) {
		return SigningKeys.fetchedFrom(properties.keysUri(), properties.signingKeys());
	}

	/**
	 * Asks nothing of Keycloak until the first token arrives, so that the API starts while Keycloak is down; verifies
	 * each token once for its lifetime ({@link VerifiedTokens}).
	 */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys, SecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys).build();
		decoder.setJwtValidator(validator(properties));
		return new VerifiedTokens(decoder, signingKeys);
	}

	/**
	 * Spring Security observes each filter of its chain, each authentication and each authorization: a dozen
	 * observations opened and closed per request, about a twentieth of a household page's CPU, for spans nobody
	 * reads. The request's own observation ({@code http.server.requests}) stays.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	private static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(properties.audience()));
		return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()),
				new JwtIssuerValidator(properties.issuerUri().toString()), audience);
	}

}
