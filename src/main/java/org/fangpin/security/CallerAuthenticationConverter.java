package org.fangpin.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a validated access token into the {@link Caller}: the one place that reads claims. The claims are
 * put there by the {@code fangpin} client scope of the realm (see {@code keycloak/}): {@code grids} (the
 * caller's grid group names, i.e. grid codes), {@code department}, {@code household_id}, and Keycloak's
 * {@code realm_access.roles}; {@code azp} names the client application the caller uses.
 */
@Component
class CallerAuthenticationConverter implements Converter<Jwt, CallerAuthentication> {

	private static final Logger logger = LoggerFactory.getLogger(CallerAuthenticationConverter.class);

	@Override
	public CallerAuthentication convert(Jwt token) {
		Set<Role> roles = roles(token);
		Caller caller = new Caller(token.getSubject(), displayName(token), roles, grids(token),
				department(token), householdId(token), token.getClaimAsString("azp"));
		List<SimpleGrantedAuthority> authorities = roles.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return new CallerAuthentication(caller, token, authorities);
	}

	/** Chinese names read family name first, without a space (Keycloak's {@code name} puts it last). */
	private static String displayName(Jwt token) {
		String family = token.getClaimAsString("family_name");
		String given = token.getClaimAsString("given_name");
		if (family != null && given != null) {
			return family + given;
		}
		return Optional.ofNullable(token.getClaimAsString("name"))
			.or(() -> Optional.ofNullable(token.getClaimAsString("preferred_username")))
			.orElse(token.getSubject());
	}

	private static Set<Role> roles(Jwt token) {
		Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
		if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> names)) {
			return Set.of();
		}
		return names.stream()
			.map(String::valueOf)
			.map(Role::ofRealmRole)
			.flatMap(Optional::stream)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static List<GridCode> grids(Jwt token) {
		List<String> names = token.getClaimAsStringList("grids");
		if (names == null) {
			return List.of();
		}
		return names.stream().map((name) -> {
			Optional<GridCode> code = GridCode.parse(name);
			if (code.isEmpty()) {
				// A group that is not a grid (a misconfigured realm) must not widen or break the scope
				logger.warn("Ignoring group '{}' of subject {}: not a grid code", name, token.getSubject());
			}
			return code;
		}).flatMap(Optional::stream).distinct().toList();
	}

	private static @Nullable Department department(Jwt token) {
		String name = token.getClaimAsString("department");
		if (name == null) {
			return null;
		}
		try {
			return Department.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			logger.warn("Ignoring unknown department '{}' of subject {}", name, token.getSubject());
			return null;
		}
	}

	private static @Nullable Long householdId(Jwt token) {
		String id = token.getClaimAsString("household_id");
		if (id == null) {
			return null;
		}
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			logger.warn("Ignoring malformed household_id '{}' of subject {}", id, token.getSubject());
			return null;
		}
	}

}
