package org.fangpin.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.gridcode.GridCode;
import org.jspecify.annotations.Nullable;

/**
 * 调用者: the person or department system behind a request, as the API sees it. Built once per request
 * from a validated token by {@link CallerAuthenticationConverter}; services take it as a parameter.
 *
 * @param subject the token's subject (the Keycloak user or service account id)
 * @param name a display name for timelines and audit records
 * @param roles the realm roles the API knows
 * @param grids the grids the caller holds; their subtrees are the caller's scope (empty: sees nothing)
 * @param department the department a {@link Role#DEPARTMENT} account speaks for
 * @param householdId the own household of a {@link Role#RESIDENT}
 * @param client the application the token was issued to (its {@code azp}), e.g. {@code fangpin-miniprogram}
 */
public record Caller(String subject, String name, Set<Role> roles, List<GridCode> grids,
		@Nullable Department department, @Nullable Long householdId, @Nullable String client) {

	public Caller {
		roles = Set.copyOf(roles);
		grids = List.copyOf(grids);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/** Who acted, for the record (audit trail, timelines): the realm roles, sorted, comma-separated. */
	public String roleList() {
		return this.roles.stream().map(Role::realmRole).sorted().collect(Collectors.joining(","));
	}

	/** Where the actor stood, for the record: the codes of the grids held, comma-separated. */
	public String gridList() {
		return this.grids.stream().map(GridCode::value).collect(Collectors.joining(","));
	}

	/**
	 * The household a resident acts for. Only an account that is nothing but a resident acts as one: a
	 * cadre who also lives in a village must not carry a resident's rights into their cadre scope.
	 */
	public @Nullable Long ownHousehold() {
		return this.roles.equals(Set.of(Role.RESIDENT)) ? this.householdId : null;
	}

}
