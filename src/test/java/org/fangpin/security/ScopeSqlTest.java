package org.fangpin.security;

import java.util.List;

import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdMapper;
import org.fangpin.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_A;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * The scope fragment as SQL on the real database: each level's grid puts its equality on its own column,
 * several grids add up, an empty scope and an empty id list match nothing, and a resident matches their own
 * household only.
 */
class ScopeSqlTest extends ApiTest {

	@Autowired
	HouseholdMapper households;

	@Test
	void eachLevelSeesTheHouseholdsUnderItsGridAndNoOthers() {
		List<Long> all = this.jdbc.queryForList("SELECT id FROM household WHERE county_code = ?", Long.class, COUNTY);
		for (String grid : List.of(COUNTY, TOWNSHIP_A, VILLAGE_A1, GROUP_A1_1)) {
			assertThat(visible(cadreOf(grid), all)).as(grid)
				.containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList(
						"SELECT id FROM household WHERE group_code LIKE CONCAT(?, '%')", Long.class, grid));
		}
	}

	@Test
	void twoGridsSeeTheHouseholdsOfBoth() {
		List<Long> all = this.jdbc.queryForList("SELECT id FROM household", Long.class);
		Caller twoGroups = new Caller("two", "two", List.of(new HeldDuty(Role.GRID_WORKER, new GridCode(GROUP_A1_1)),
				new HeldDuty(Role.GRID_WORKER, new GridCode(GROUP_B1_1))), null, null, null);
		assertThat(visible(twoGroups, all)).containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList(
				"SELECT id FROM household WHERE group_code IN (?, ?)", Long.class, GROUP_A1_1, GROUP_B1_1));
	}

	@Test
	void anEmptyScopeAndAnEmptyIdListMatchNothing() {
		List<Long> all = this.jdbc.queryForList("SELECT id FROM household", Long.class);
		Caller noGrids = new Caller("none", "none", List.of(), null, null, null);
		Caller gridAdmin = new Caller("admin", "admin", List.of(new HeldDuty(Role.GRID_ADMIN, new GridCode(COUNTY))),
				null, null, null);
		assertThat(visible(noGrids, all)).isEmpty();
		assertThat(visible(gridAdmin, all)).isEmpty();
		assertThat(visible(cadreOf(COUNTY), List.of())).isEmpty();
	}

	@Test
	void aResidentSeesTheirOwnHouseholdOnly() {
		List<Long> all = this.jdbc.queryForList("SELECT id FROM household", Long.class);
		long own = all.getFirst();
		Caller resident = new Caller("r", "r", List.of(), null, new Caller.Resident(1, own, "-"), null);
		assertThat(visible(resident, all)).containsExactly(own);
	}

	private List<Long> visible(Caller caller, List<Long> ids) {
		return this.households.findByIds(Scope.of(caller), ids).stream().map(Household::id).toList();
	}

	private static Caller cadreOf(String grid) {
		GridCode code = new GridCode(grid);
		Role role = Role.heldIn(code.level()).orElse(Role.COUNTY_OFFICER);
		return new Caller("c", "c", List.of(new HeldDuty(role, code)), null, null, null);
	}

}
