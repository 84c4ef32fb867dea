package org.fangpin.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fangpin.gridcode.GridLevel;
import org.jspecify.annotations.Nullable;

/**
 * 角色: what a person does in a grid (a {@link HeldDuty}), or a resident for their own household. Each role
 * belongs to one level; only the county level holds several (DESIGN.md: officers, auditors, grid administrators
 * and department accounts hold their duty in the county they serve).
 */
public enum Role {

	GRID_WORKER("grid-worker", "网格员", GridLevel.GROUP),
	VILLAGE_CADRE("village-cadre", "村干部", GridLevel.VILLAGE),
	TOWNSHIP_OFFICER("township-officer", "乡镇干部", GridLevel.TOWNSHIP),
	COUNTY_OFFICER("county-officer", "县级干部", GridLevel.COUNTY),
	DEPARTMENT("department", "行业部门", GridLevel.COUNTY),
	RESIDENT("resident", "农户", null),
	GRID_ADMIN("grid-admin", "网格管理员", GridLevel.COUNTY),
	AUDITOR("auditor", "审计人员", GridLevel.COUNTY);

	private final String realmRole;

	private final String label;

	private final @Nullable GridLevel level;

	Role(String realmRole, String label, @Nullable GridLevel level) {
		this.realmRole = realmRole;
		this.label = label;
		this.level = level;
	}

	/** What a cadre calls the role, for messages: 村干部, not {@code village-cadre}. */
	public String label() {
		return this.label;
	}

	/** The role's name in Keycloak: the realm role of a resident, the role group of a county duty. */
	public String realmRole() {
		return this.realmRole;
	}

	/** The level of the grid the role is held in; null for a resident, who holds no grid. */
	public @Nullable GridLevel level() {
		return this.level;
	}

	/**
	 * Whether a grid administrator may give or take the role through the API: the grid duties below the county.
	 * The county's duties (officer, auditor, grid administrator, departments) release a whole county and are
	 * given by the county's identity process in Keycloak itself, never by a grid administrator.
	 */
	public boolean isGrantable() {
		return this.level != null && this.level != GridLevel.COUNTY;
	}

	/** Whether a duty of the role opens the households under its grid (a grid administrator keeps the tree only). */
	public boolean readsHouseholds() {
		return this.level != null && this != GRID_ADMIN;
	}

	/** Whether the role is a cadre's: the grid work of the four levels, which an auditor audits and stays apart from. */
	public boolean isCadre() {
		return this == GRID_WORKER || this == VILLAGE_CADRE || this == TOWNSHIP_OFFICER || this == COUNTY_OFFICER;
	}

	/** The one role held in a grid of a level below the county: holding such a grid is holding that role. */
	public static Optional<Role> heldIn(GridLevel level) {
		return (level == GridLevel.COUNTY) ? Optional.empty()
				: Arrays.stream(values()).filter((role) -> role.level == level).findFirst();
	}

	/** The roles held in a county, each with a group of its own under the county's group. */
	public static List<Role> ofCounty() {
		return Arrays.stream(values()).filter((role) -> role.level == GridLevel.COUNTY).toList();
	}

	/** The roles of a list as {@link Caller#roleList()} writes it for the record. */
	public static List<Role> listOf(String roleList) {
		return Arrays.stream(roleList.split(",")).map(Role::ofRealmRole).flatMap(Optional::stream).toList();
	}

	/** Keycloak also hands out roles and groups of its own ({@code offline_access}, …): those are not ours. */
	static Optional<Role> ofRealmRole(String name) {
		return Arrays.stream(values()).filter((role) -> role.realmRole.equals(name)).findFirst();
	}

}
