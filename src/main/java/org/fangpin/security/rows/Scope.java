package org.fangpin.security.rows;

import java.util.List;
import java.util.stream.Stream;

import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * 数据范围: the rows a caller may see, handed to every mapper call. Households are visible under the grids
 * of a cadre, auditor or department account, or as a resident's own household; grids are visible under
 * the caller's grids (grid administrators see the tree, not the households). An empty scope sees
 * nothing: the SQL fragment {@code org.fangpin.security.rows.Scope.households} turns it into {@code 1 = 0}.
 */
public final class Scope {

	private final List<GridCode> householdGrids;

	private final @Nullable Long householdId;

	private final @Nullable Department department;

	// What the SQL fragments read, one list per level so that each becomes an equality on its own column;
	// worked out once, as every mapper call of a request reads them

	private final List<String> countyCodes;

	private final List<String> townshipCodes;

	private final List<String> villageCodes;

	private final List<String> groupCodes;

	private final List<String> treeCodes;

	private Scope(List<GridCode> householdGrids, @Nullable Long householdId, List<GridCode> treeGrids,
			@Nullable Department department) {
		this.householdGrids = householdGrids;
		this.householdId = householdId;
		this.department = department;
		this.countyCodes = codesAt(householdGrids, GridLevel.COUNTY);
		this.townshipCodes = codesAt(householdGrids, GridLevel.TOWNSHIP);
		this.villageCodes = codesAt(householdGrids, GridLevel.VILLAGE);
		this.groupCodes = codesAt(householdGrids, GridLevel.GROUP);
		this.treeCodes = treeGrids.stream().map(GridCode::value).toList();
	}

	/**
	 * The scope of {@code caller}'s duties, worked out once when the caller is built: everyone else reads it as
	 * {@link Caller#scope()}.
	 */
	public static Scope of(Caller caller) {
		List<GridCode> households = caller.duties()
			.stream()
			.filter((duty) -> duty.role().readsHouseholds())
			.map(HeldDuty::grid)
			.distinct()
			.toList();
		List<GridCode> tree = Stream.concat(households.stream(), caller.gridsOf(Role.GRID_ADMIN).stream())
			.distinct()
			.toList();
		Department department = caller.holds(Role.DEPARTMENT) ? caller.department() : null;
		return new Scope(households, caller.ownHousehold(), tree, department);
	}

	/**
	 * The households under {@code grids}, for work that no caller asks for (the dashboard's snapshot counts
	 * every county's figures ahead of the requests): the same SQL fragment, and never more than those grids.
	 */
	public static Scope under(List<GridCode> grids) {
		return new Scope(List.copyOf(grids), null, List.copyOf(grids), null);
	}

	/** Whether households under {@code grid} are visible: the grid lies in one of the caller's subtrees. */
	public boolean coversHouseholdsUnder(GridCode grid) {
		return this.householdGrids.stream().anyMatch((own) -> own.covers(grid));
	}

	/**
	 * Whether the households visible are exactly those under whole grids of {@code level} or above: every grid
	 * of the caller's is of that level or above, or lies under another of theirs that is, and there is no
	 * resident's own household. Figures kept per grid of that level can be shown to such a caller, and only
	 * to such a caller.
	 */
	public boolean isWholeGridsOf(GridLevel level) {
		return this.householdId == null && this.householdGrids.stream()
			.allMatch((grid) -> this.householdGrids.stream()
				.anyMatch((other) -> other.level().compareTo(level) <= 0 && other.covers(grid)));
	}

	public boolean isEmpty() {
		return this.householdGrids.isEmpty() && this.householdId == null;
	}

	public List<String> getCountyCodes() {
		return this.countyCodes;
	}

	public List<String> getTownshipCodes() {
		return this.townshipCodes;
	}

	public List<String> getVillageCodes() {
		return this.villageCodes;
	}

	public List<String> getGroupCodes() {
		return this.groupCodes;
	}

	public @Nullable Long getHouseholdId() {
		return this.householdId;
	}

	/**
	 * For a department account, its department: it reads only what its own department sent (warnings), and
	 * what the field rules open to it; null for everyone else.
	 */
	public @Nullable Department getDepartment() {
		return this.department;
	}

	/** For the case SQL: the risk types of the department's domain; null when not restricted. */
	public @Nullable List<String> getDomainRiskTypes() {
		return (this.department != null) ? this.department.caseRiskTypes() : null;
	}

	/** For the measure SQL: the measure categories of the department's domain; null when not restricted. */
	public @Nullable List<String> getDomainMeasureCategories() {
		return (this.department != null) ? this.department.measureCategories() : null;
	}

	public List<String> getTreeCodes() {
		return this.treeCodes;
	}

	private static List<String> codesAt(List<GridCode> grids, GridLevel level) {
		return grids.stream().filter((code) -> code.level() == level).map(GridCode::value).toList();
	}

}
