package org.fangpin.monitoring;

import java.util.Map;
import java.util.stream.Collectors;

import org.fangpin.graphql.ApiException;
import org.fangpin.grid.GridCode;
import org.fangpin.grid.GridLevel;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;

/**
 * Who may take a step: a role, holding a grid of the given level over the household concerned (a grid
 * worker their group, a village cadre their village, …).
 */
public record Takers(Map<Role, GridLevel> levels) {

	public static final Takers VILLAGE = new Takers(Map.of(Role.VILLAGE_CADRE, GridLevel.VILLAGE));

	public static final Takers TOWNSHIP = new Takers(Map.of(Role.TOWNSHIP_OFFICER, GridLevel.TOWNSHIP));

	public static final Takers COUNTY = new Takers(Map.of(Role.COUNTY_OFFICER, GridLevel.COUNTY));

	public static final Takers GROUP_OR_VILLAGE = new Takers(
			Map.of(Role.GRID_WORKER, GridLevel.GROUP, Role.VILLAGE_CADRE, GridLevel.VILLAGE));

	/** Refuses, before anything is looked up, a caller who has none of the roles. */
	public void checkRole(Caller caller, String step) {
		if (caller.roles().stream().noneMatch(this.levels::containsKey)) {
			throw ApiException.forbidden("当前角色不能办理「" + step + "」，需要" + this);
		}
	}

	/** Refuses a caller who does not hold, in one of the roles, a grid of its level over the household. */
	public void checkGrid(Caller caller, GridCode household, String step) {
		if (!holds(caller, household)) {
			throw ApiException.forbidden("「" + step + "」需由" + this + "办理");
		}
	}

	private boolean holds(Caller caller, GridCode household) {
		return this.levels.entrySet()
			.stream()
			.filter((taker) -> caller.hasRole(taker.getKey()))
			.anyMatch((taker) -> caller.grids()
				.stream()
				.anyMatch((grid) -> grid.level() == taker.getValue() && grid.covers(household)));
	}

	/** Whether the caller holds one of the roles with a grid of its level anywhere. */
	boolean includes(Caller caller) {
		return this.levels.entrySet()
			.stream()
			.anyMatch((taker) -> caller.hasRole(taker.getKey())
					&& caller.grids().stream().anyMatch((grid) -> grid.level() == taker.getValue()));
	}

	@Override
	public String toString() {
		return this.levels.entrySet()
			.stream()
			.map((taker) -> taker.getKey().realmRole() + "（" + taker.getValue() + "）")
			.sorted()
			.collect(Collectors.joining("或"));
	}

}
