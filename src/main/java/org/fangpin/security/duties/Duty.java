package org.fangpin.security.duties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import org.fangpin.graphql.ApiException;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.fangpin.security.rows.HouseholdRow;
import org.fangpin.security.rows.Scope;

/**
 * 职责: who may take one mutation, as its {@code @duty} directives declare it: roles, each holding a grid
 * of a level over the household or grid concerned, and possibly a resident for their own household. Read
 * from the schema, never written in Java.
 *
 * @param mutation the Mutation field, e.g. {@code recordVisit}
 * @param label what a cadre calls the step, from the field's description, e.g. {@code 记录走访}
 * @param levels for each role that may take it, the level of the grid the caller must hold over the target
 * @param ownHousehold whether a resident may take it for their own household
 */
public record Duty(String mutation, String label, Map<Role, GridLevel> levels, boolean ownHousehold) {

	static final String DIRECTIVE = "duty";

	private static final Map<GridLevel, String> LEVEL_LABELS = Map.of(GridLevel.COUNTY, "县级", GridLevel.TOWNSHIP,
			"乡级", GridLevel.VILLAGE, "村级", GridLevel.GROUP, "组级");

	public Duty {
		levels = levels.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(levels));
	}

	/** The duty a Mutation field declares; a field without one gets a duty nobody holds. */
	static Duty of(GraphQLFieldDefinition field) {
		Map<Role, GridLevel> levels = new EnumMap<>(Role.class);
		boolean ownHousehold = false;
		for (GraphQLAppliedDirective duty : field.getAppliedDirectives(DIRECTIVE)) {
			Object role = duty.getArgument("role").getValue();
			Object level = duty.getArgument("level").getValue();
			if (Boolean.TRUE.equals(duty.getArgument("ownHousehold").getValue()) && Role.RESIDENT.name().equals(role)) {
				ownHousehold = true;
			}
			else if (level != null) {
				levels.put(Role.valueOf(String.valueOf(role)), GridLevel.valueOf(String.valueOf(level)));
			}
		}
		String description = (field.getDescription() != null) ? field.getDescription() : field.getName();
		return new Duty(field.getName(), description.split(" / ", 2)[0].strip(), levels, ownHousehold);
	}

	/** The role part, before anything is looked up: the caller has one of the roles (as a resident: is one). */
	void checkRole(Caller caller) {
		boolean resident = this.ownHousehold && caller.ownHousehold() != null;
		if (!resident && caller.duties().stream().noneMatch((duty) -> this.levels.containsKey(duty.role()))) {
			throw ApiException.forbidden("当前角色不能办理「" + this.label + "」，需要" + this + " (" + this.mutation + ")");
		}
	}

	/**
	 * The grid part, on the household the mutation concerns, once found within the caller's scope: a duty of
	 * the caller's, of one of the roles and in a grid of its level, covers the household; or the caller is its resident.
	 */
	public void check(Caller caller, HouseholdRow household) {
		if (!allows(caller, household)) {
			throw refused();
		}
	}

	/** {@link #check(Caller, HouseholdRow)} as a question: whether to offer the step (a case's next steps). */
	public boolean allows(Caller caller, HouseholdRow household) {
		Long own = caller.ownHousehold();
		boolean resident = this.ownHousehold && own != null && own == household.id();
		return resident || holds(caller, new GridCode(household.groupCode()));
	}

	/** The grid part for a mutation on a grid itself (registering into a group, a county's income line). */
	public void check(Caller caller, GridCode grid) {
		if (!holds(caller, grid)) {
			throw refused();
		}
	}

	private ApiException refused() {
		return ApiException.forbidden("「" + this.label + "」需由" + this + "办理 (" + this.mutation + ")");
	}

	/** One of the caller's duties is of a role that takes the step, in a grid of its level covering the target. */
	private boolean holds(Caller caller, GridCode target) {
		return caller.dutiesCovering(target.value()).anyMatch(this::isTakenBy);
	}

	/** Whether the caller holds a duty that takes the step somewhere: work waits for them. */
	public boolean isHeldBy(Caller caller) {
		return caller.duties().stream().anyMatch(this::isTakenBy);
	}

	/** Whether this one duty takes the step (in the grids it covers). */
	public boolean isTakenBy(HeldDuty duty) {
		return this.levels.get(duty.role()) == duty.grid().level();
	}

	/** The households where the caller takes the step: those under the grids of the duties that take it. */
	public Scope scopeOfTakers(Caller caller) {
		return Scope.under(caller.duties().stream().filter(this::isTakenBy).map(HeldDuty::grid).distinct().toList());
	}

	/** The roles that take the step, a resident for their own household included. */
	public List<Role> takers() {
		List<Role> takers = new ArrayList<>(this.levels.keySet());
		if (this.ownHousehold) {
			takers.add(Role.RESIDENT);
		}
		return takers;
	}

	/** For cadres, e.g. {@code 网格员（组级网格）或村干部（村级网格）}. */
	@Override
	public String toString() {
		List<String> takers = new ArrayList<>(this.levels.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((taker) -> taker.getKey().label() + "（" + LEVEL_LABELS.get(taker.getValue()) + "网格）")
			.toList());
		if (this.ownHousehold) {
			takers.add(Role.RESIDENT.label() + "（本户）");
		}
		return takers.isEmpty() ? "（未声明职责）" : takers.stream().collect(Collectors.joining("或"));
	}

}
