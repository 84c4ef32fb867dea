package org.fangpin.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** 角色: the realm roles of the {@code fangpin} Keycloak realm that the API acts on. */
public enum Role {

	GRID_WORKER("grid-worker", "网格员"),
	VILLAGE_CADRE("village-cadre", "村干部"),
	TOWNSHIP_OFFICER("township-officer", "乡镇干部"),
	COUNTY_OFFICER("county-officer", "县级干部"),
	DEPARTMENT("department", "行业部门"),
	RESIDENT("resident", "农户"),
	GRID_ADMIN("grid-admin", "网格管理员"),
	AUDITOR("auditor", "审计人员");

	private final String realmRole;

	private final String label;

	Role(String realmRole, String label) {
		this.realmRole = realmRole;
		this.label = label;
	}

	/** What a cadre calls the role, for messages: 村干部, not {@code village-cadre}. */
	public String label() {
		return this.label;
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
