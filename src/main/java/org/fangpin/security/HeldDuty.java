package org.fangpin.security;

import java.util.Optional;
import java.util.stream.Collectors;

import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;

/**
 * 职责: a role held in one grid (village cadre of 东岭村, auditor of the county). Every decision asks whether a
 * duty covering the record's grid allows it, so a person with two duties gets on each household what the duty
 * covering it gives, never the union of rights over the union of grids.
 */
public record HeldDuty(Role role, GridCode grid) {

	public HeldDuty {
		if (role.level() != grid.level()) {
			throw new IllegalArgumentException(role + " is not held in a " + grid.level() + " grid");
		}
	}

	/** Whether the duty reaches a record of the grid {@code code} (a household's group code, a grid's code). */
	public boolean covers(String code) {
		return code.startsWith(this.grid.value());
	}

	/**
	 * The duty a Keycloak group stands for, by the group's path: {@code /999901/999901100/999901100201} is the
	 * village's sole role, village cadre; {@code /999901/auditor}, a role group of the county, is auditor of
	 * 999901. Membership of a county's group itself is no duty: the county level holds several roles.
	 */
	public static Optional<HeldDuty> ofGroupPath(String path) {
		String[] segments = path.split("/");
		if (segments.length < 2) {
			return Optional.empty();
		}
		String last = segments[segments.length - 1];
		Optional<GridCode> grid = GridCode.parse(last).filter((code) -> path.equals(groupPath(code)));
		if (grid.isPresent()) {
			return Role.heldIn(grid.get().level()).map((role) -> new HeldDuty(role, grid.get()));
		}
		Optional<Role> role = Role.ofRealmRole(last).filter((named) -> named.level() == GridLevel.COUNTY);
		Optional<GridCode> county = GridCode.parse(segments[segments.length - 2])
			.filter((code) -> code.level() == GridLevel.COUNTY && path.equals(groupPath(code) + "/" + last));
		return (role.isPresent() && county.isPresent()) ? Optional.of(new HeldDuty(role.get(), county.get()))
				: Optional.empty();
	}

	/**
	 * {@code /999901/999901100}, the Keycloak group of grid {@code 999901100}: it sits under its ancestors'
	 * groups, and a group of that name placed anywhere else in the realm is no duty.
	 */
	public static String groupPath(GridCode code) {
		return code.lineage().stream().map(GridCode::value).collect(Collectors.joining("/", "/", ""));
	}

}
