package org.fangpin.security;

import java.util.List;
import java.util.Set;

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
		Caller twoGroups = new Caller("two", "two", Set.of(Role.GRID_WORKER),
				List.of(new GridCode(GROUP_A1_1), new GridCode(GROUP_B1_1)), null, null, null);
		assertThat(visible(twoGroups, all)).containsExactlyInAnyOrderElementsOf(this.jdbc.queryForList(
				"SELECT id FROM household WHERE group_code IN (?, ?)", Long.class, GROUP_A1_1, GROUP_B1_1));
	}

	@Test
	void anEmptyScopeAndAnEmptyIdListMatchNothing() {
		List<Long> all = this.jdbc.queryForList("SELECT id FROM household", Long.class);
		Caller noGrids = new Caller("none", "none", Set.of(Role.COUNTY_OFFICER), List.of(), null, null, null);
		Caller gridAdmin = new Caller("admin", "admin", Set.of(Role.GRID_ADMIN), List.of(new GridCode(COUNTY)), null,
				null, null);
		assertThat(visible(noGrids, all)).isEmpty();
		assertThat(visible(gridAdmin, all)).isEmpty();
		assertThat(visible(cadreOf(COUNTY), List.of())).isEmpty();
	}

	@Test
	void aResidentSeesTheirOwnHouseholdOnly() {
		List<Long> all = this.jdbc.queryForList("SELECT id FROM household", Long.class);
		long own = all.getFirst();
		Caller resident = new Caller("r", "r", Set.of(Role.RESIDENT), List.of(), null, own, null);
		assertThat(visible(resident, all)).containsExactly(own);
	}

	private List<Long> visible(Caller caller, List<Long> ids) {
		return this.households.findByIds(Scope.of(caller), ids).stream().map(Household::id).toList();
	}

	private static Caller cadreOf(String grid) {
		return new Caller("c", "c", Set.of(Role.COUNTY_OFFICER), List.of(new GridCode(grid)), null, null, null);
	}

}
