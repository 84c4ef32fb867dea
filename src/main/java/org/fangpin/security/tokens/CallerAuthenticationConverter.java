package org.fangpin.security.tokens;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a validated access token into the {@link Caller}: the one place that reads claims. The claims are
 * put there by the {@code fangpin} client scope of the realm (see {@code keycloak/} and {@code docs/duties.md}):
 * {@code duties} (the full paths of the caller's groups: a grid group below the county is held in that level's
 * role, a county's role group names the county duty), {@code department}, {@code member_id} (the member a
 * resident's account is bound to) with Keycloak's {@code realm_access.roles} naming the resident; {@code azp}
 * names the client application the caller uses.
 */
@Component
class CallerAuthenticationConverter implements Converter<Jwt, CallerAuthentication> {

	private static final Logger logger = LoggerFactory.getLogger(CallerAuthenticationConverter.class);

	private final ResidentMapper residents;

	CallerAuthenticationConverter(ResidentMapper residents) {
		this.residents = residents;
	}

	@Override
	public CallerAuthentication convert(Jwt token) {
		Department department = department(token);
		// a department duty without its department would read every department's warnings: it gives nothing
		List<HeldDuty> duties = duties(token).stream()
			.filter((duty) -> duty.role() != Role.DEPARTMENT || department != null)
			.toList();
		Caller caller = new Caller(token.getSubject(), displayName(token), duties, department, resident(token),
				token.getClaimAsString("azp"));
		List<SimpleGrantedAuthority> authorities = duties.stream()
			.map((duty) -> new SimpleGrantedAuthority("ROLE_" + duty.role().name()))
			.distinct()
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

	private static List<HeldDuty> duties(Jwt token) {
		List<String> paths = token.getClaimAsStringList("duties");
		if (paths == null) {
			return List.of();
		}
		return paths.stream().map((path) -> {
			Optional<HeldDuty> duty = HeldDuty.ofGroupPath(path);
			if (duty.isEmpty()) {
				// a group that is no duty (a bare county group, a misconfigured realm) must not widen or break the scope
				logger.warn("Ignoring group '{}' of subject {}: not a duty", path, token.getSubject());
			}
			return duty;
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

	/**
	 * A resident is a member: the account names the member it was bound to (verified against the member's ID
	 * number when bound), and acts for the household that member lives in today.
	 */
	private Caller.@Nullable Resident resident(Jwt token) {
		String id = token.getClaimAsString("member_id");
		if (id == null || !holdsRealmRole(token, Role.RESIDENT)) {
			return null;
		}
		try {
			long memberId = Long.parseLong(id);
			ResidentMapper.Home home = this.residents.findHomeOfMember(memberId);
			return (home != null) ? new Caller.Resident(memberId, home.householdId(), home.groupCode()) : null;
		}
		catch (NumberFormatException ex) {
			logger.warn("Ignoring malformed member_id '{}' of subject {}", id, token.getSubject());
			return null;
		}
	}

	private static boolean holdsRealmRole(Jwt token, Role role) {
		Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
		return realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names
				&& names.stream().map(String::valueOf).anyMatch(role.realmRole()::equals);
	}

}
