package org.fangpin.grid;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.graphql.ApiException;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** Reads the grid tree within the caller's scope: the caller's grids and what lies below them. */
@Service
public class GridService {

	private final GridMapper grids;

	GridService(GridMapper grids) {
		this.grids = grids;
	}

	/**
	 * Locks a group grid until the transaction ends, so that concurrent registrations cannot together exceed
	 * its capacity: null if there is no such group.
	 */
	public @Nullable GridCode lockGroup(GridCode code) {
		return this.grids.lockGroup(code);
	}

	/** The grids of these codes that exist, whatever the scope; an empty collection finds nothing. */
	public List<Grid> findAll(Collection<GridCode> codes) {
		return codes.isEmpty() ? List.of() : this.grids.findByCodes(codes);
	}

	public Grid get(Caller caller, String code) {
		GridCode gridCode = GridCode.parse(code).orElseThrow(() -> ApiException.notFound("网格 " + code));
		return this.grids.findVisible(caller.scope(), List.of(gridCode))
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("网格 " + code));
	}

	/** The caller's own grids, or the children of {@code parentCode}. */
	public List<Grid> list(Caller caller, @Nullable String parentCode) {
		if (parentCode == null) {
			return caller.grids().isEmpty() ? List.of() : this.grids.findVisible(caller.scope(), caller.grids());
		}
		Grid parent = get(caller, parentCode);
		return this.grids.findVisibleChildren(caller.scope(), List.of(parent.code()));
	}

	/** The parent of each grid, where the caller may see it. */
	public Map<Grid, Grid> parents(Caller caller, List<Grid> children) {
		List<GridCode> parentCodes = children.stream().map(Grid::parentCode).filter(Objects::nonNull).distinct().toList();
		Map<GridCode, Grid> visible = parentCodes.isEmpty() ? Map.of()
				: this.grids.findVisible(caller.scope(), parentCodes)
					.stream()
					.collect(Collectors.toMap(Grid::code, Function.identity()));
		Map<Grid, Grid> result = new HashMap<>();
		children.forEach((child) -> {
			Grid parent = (child.parentCode() != null) ? visible.get(child.parentCode()) : null;
			if (parent != null) {
				result.put(child, parent);
			}
		});
		return result;
	}

	public Map<Grid, List<Grid>> children(Caller caller, List<Grid> parents) {
		Map<GridCode, List<Grid>> byParent = this.grids
			.findVisibleChildren(caller.scope(), parents.stream().map(Grid::code).toList())
			.stream()
			.collect(Collectors.groupingBy(Grid::parentCode));
		Map<Grid, List<Grid>> result = new LinkedHashMap<>();
		parents.forEach((parent) -> result.put(parent, byParent.getOrDefault(parent.code(), List.of())));
		return result;
	}

	/** Households in the caller's scope under each grid: one grouped query per level present. */
	public Map<Grid, Integer> householdCounts(Caller caller, List<Grid> grids) {
		return countsByLevel(grids, (level, codes) -> this.grids.countHouseholds(caller.scope(), level, codes));
	}

	/** The group grids under a grid the caller sees that hold more households than they may. */
	List<Grid> groupsOver(Caller caller, String code, int capacity) {
		Grid grid = get(caller, code);
		return this.grids.findGroupsOver(caller.scope(), grid.code(), capacity);
	}

	/** All households registered under each grid of the caller's tree, for grid administration. */
	Map<Grid, Integer> registeredCounts(Caller caller, List<Grid> grids) {
		return countsByLevel(grids, (level, codes) -> this.grids.countRegistered(caller.scope(), level, codes));
	}

	private static Map<Grid, Integer> countsByLevel(List<Grid> grids,
			BiFunction<GridLevel, List<GridCode>, List<GridMapper.GridCount>> count) {
		Map<GridCode, Integer> counts = new HashMap<>();
		grids.stream().collect(Collectors.groupingBy(Grid::level)).forEach((level, ofLevel) -> count
			.apply(level, ofLevel.stream().map(Grid::code).toList())
			.forEach((row) -> counts.put(row.code(), row.households())));
		Map<Grid, Integer> result = new LinkedHashMap<>();
		grids.forEach((grid) -> result.put(grid, counts.getOrDefault(grid.code(), 0)));
		return result;
	}

}
