package org.fangpin.security;

import java.time.Instant;
import java.util.List;

import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdCategory;
import org.fangpin.household.HouseholdMapper;
import org.fangpin.support.MapperTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row scope's SQL fragment ({@code Scope.xml}) on the real database: a caller's households are those under
 * their grids or their own, nothing else, for reads and for writes. Households of a county of the test's own.
 */
class ScopeSqlTest extends MapperTest {

	private static final GridCode TOWNSHIP = new GridCode("999999001");

	private static final GridCode VILLAGE = new GridCode("999999001001");

	private static final GridCode OTHER_VILLAGE = new GridCode("999999001002");

	private static final long HERE = 9_900_000_000_001L;

	private static final long NEXT_DOOR = 9_900_000_000_002L;

	private static final long ELSEWHERE = 9_900_000_000_003L;

	private static final List<Long> ALL = List.of(HERE, NEXT_DOOR, ELSEWHERE);

	@Autowired
	private HouseholdMapper households;

	@BeforeEach
	void threeHouseholdsInTwoVillages() {
		this.households.insertHouseholds(List.of(household(HERE, VILLAGE, "01"), household(NEXT_DOOR, VILLAGE, "02"),
				household(ELSEWHERE, OTHER_VILLAGE, "01")));
	}

	@Test
	void aVillageSeesItsOwnHouseholdsOnly() {
		assertThat(idsSeenBy(Scope.under(List.of(VILLAGE)))).containsExactlyInAnyOrder(HERE, NEXT_DOOR);
	}

	@Test
	void aTownshipSeesTheHouseholdsOfAllItsVillages() {
		assertThat(idsSeenBy(Scope.under(List.of(TOWNSHIP)))).containsExactlyInAnyOrder(HERE, NEXT_DOOR, ELSEWHERE);
	}

	@Test
	void aResidentSeesTheirOwnHouseholdOnly() {
		Caller resident = new Caller("resident", "农户", List.of(),
				null, new Caller.Resident(1L, HERE, VILLAGE.value() + "01"), "fangpin-miniprogram");
		assertThat(idsSeenBy(Scope.of(resident))).containsExactly(HERE);
	}

	@Test
	void nobodySeesNothing() {
		Scope nobody = Scope.of(new Caller("nobody", "无职责", List.of(), null, null, null));
		assertThat(nobody.isEmpty()).isTrue();
		assertThat(idsSeenBy(nobody)).isEmpty();
	}

	@Test
	void aWriteOutsideTheScopeChangesNothing() {
		Household elsewhere = this.households.findByIds(Scope.under(List.of(TOWNSHIP)), List.of(ELSEWHERE)).getFirst();
		Household moved = new Household(elsewhere.id(), elsewhere.householdNumber(), elsewhere.countyCode(),
				elsewhere.townshipCode(), elsewhere.villageCode(), elsewhere.groupCode(), "改写的地址",
				elsewhere.category(), elsewhere.alleviationYear(), elsewhere.phone(), elsewhere.lowIncomeSupport(),
				elsewhere.extremePovertySupport(), elsewhere.relocated(), elsewhere.createdAt(), Instant.now(),
				elsewhere.version());

		assertThat(this.households.update(Scope.under(List.of(VILLAGE)), moved, elsewhere.version())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, ELSEWHERE))
			.isEqualTo(elsewhere.address());

		assertThat(this.households.update(Scope.under(List.of(OTHER_VILLAGE)), moved, elsewhere.version())).isOne();
	}

	private List<Long> idsSeenBy(Scope scope) {
		return this.households.findByIds(scope, ALL).stream().map(Household::id).toList();
	}

	private static Household household(long id, GridCode village, String group) {
		Instant now = Instant.now();
		return new Household(id, "T" + id, "999999", TOWNSHIP.value(), village.value(), village.value() + group,
				"测试地址", HouseholdCategory.ORDINARY, null, null, false, false, false, now, now, 0);
	}

}
