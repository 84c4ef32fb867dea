package org.fangpin.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 角色: the realm roles of the {@code fangpin} Keycloak realm that the API acts on. */
public enum Role {

	GRID_WORKER("grid-worker"),
	VILLAGE_CADRE("village-cadre"),
	TOWNSHIP_OFFICER("township-officer"),
	COUNTY_OFFICER("county-officer"),
	DEPARTMENT("department"),
	RESIDENT("resident"),
	GRID_ADMIN("grid-admin"),
	AUDITOR("auditor");

	private final String realmRole;

	Role(String realmRole) {
		this.realmRole = realmRole;
	}

	public String realmRole() {
		return this.realmRole;
	}

	/** The roles of a list as {@link Caller#roleList()} writes it for the record. */
	public static List<Role> listOf(String roleList) {
		return Arrays.stream(roleList.split(",")).map(Role::ofRealmRole).flatMap(Optional::stream).toList();
	}

	/** Keycloak also hands out roles of its own ({@code offline_access}, …): those are not ours. */
	static Optional<Role> ofRealmRole(String name) {
		return Arrays.stream(values()).filter((role) -> role.realmRole.equals(name)).findFirst();
	}

}
