package org.fangpin.household;

import java.util.EnumSet;
import java.util.Set;

import org.fangpin.graphql.ApiException;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;

/**
 * Who may change households, decided here and nowhere else. Grid workers and village cadres keep the
 * roster of their grids (seed 002: the group grid registers and updates households); township and county
 * officers edit and move within their scope; auditors, departments, residents and grid administrators
 * never write. Which rows a caller reaches is the scope's business, not this.
 */
enum HouseholdAction {

	REGISTER("登记农户", Role.GRID_WORKER, Role.VILLAGE_CADRE),
	EDIT("修改农户和成员", Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER),
	MOVE("迁移农户", Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.TOWNSHIP_OFFICER, Role.COUNTY_OFFICER),
	REMOVE_MEMBER("删除家庭成员", Role.GRID_WORKER, Role.VILLAGE_CADRE);

	private final String label;

	private final Set<Role> roles;

	HouseholdAction(String label, Role first, Role... more) {
		this.label = label;
		this.roles = EnumSet.of(first, more);
	}

	boolean allows(Caller caller) {
		return caller.roles().stream().anyMatch(this.roles::contains);
	}

	void check(Caller caller) {
		if (!allows(caller)) {
			throw ApiException.forbidden("当前角色无权" + this.label);
		}
	}

}
