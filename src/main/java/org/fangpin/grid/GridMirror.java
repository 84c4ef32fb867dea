package org.fangpin.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.fangpin.grid.KeycloakGroups.KcGroup;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps Keycloak's groups a mirror of the grid table, which is the source of truth for the tree: a group per
 * grid, named by its code, nested like the codes, with the grid's {@code name} and {@code level} as attributes;
 * below each county's group, a group per county role ({@code county-officer}, {@code auditor}, …), whose members
 * hold that duty in the county (docs/duties.md).
 * Reconciled at start and after each change, idempotently. What does not match and cannot be fixed without
 * touching people's memberships (a group with no grid, a grid whose group was deleted by hand and had to be
 * recreated empty) is reported, never "fixed" by deleting a group.
 */
@Component
public class GridMirror {

	private static final Logger logger = LoggerFactory.getLogger(GridMirror.class);

	private final GridMapper grids;

	private final KeycloakGroups keycloak;

	private volatile @Nullable Report last;

	private final boolean atStart;

	GridMirror(GridMapper grids, KeycloakGroups keycloak, GridSyncProperties sync) {
		this.grids = grids;
		this.keycloak = keycloak;
		this.atStart = sync.reconcileAtStart();
	}

	/**
	 * What a reconciliation did and found.
	 *
	 * @param grids grids in the table
	 * @param groups grid groups found in Keycloak before
	 * @param created groups created for grids that had none (a group deleted by hand loses its members)
	 * @param updated groups whose name or level attribute was brought back to the grid's
	 * @param withoutGrid groups that are no grid of the table: left alone, for an administrator to look at
	 */
	public record Report(int grids, int groups, List<String> created, List<String> updated, List<String> withoutGrid) {

		public boolean inStep() {
			return this.created.isEmpty() && this.updated.isEmpty() && this.withoutGrid.isEmpty();
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	void reconcileAtStart() {
		if (!this.keycloak.isEnabled()) {
			logger.info("Grid sync is off: Keycloak's groups are not reconciled with the grid table");
			return;
		}
		if (!this.atStart) {
			return;
		}
		// Off the start-up path: a province's tree takes a while, and Keycloak may come up after the API
		Thread.ofVirtual().name("grid-mirror").start(() -> {
			try {
				reconcile();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not reconcile Keycloak's grid groups: {}", ex.toString());
			}
		});
	}

	/**
	 * Brings every grid's group in step with the table, one county at a time, and reports what it created,
	 * changed and left alone, top-level groups that are no county included. A province takes a while (a call
	 * per group with children, about 11,000): an administrator's change waits for one county, not all of them.
	 */
	public Report reconcile() {
		List<Report> counties = new ArrayList<>();
		Set<String> countyPaths = new HashSet<>();
		for (Grid county : this.grids.findCounties()) {
			counties.add(reconcile(county.code()));
			countyPaths.add(KeycloakGroups.path(county.code()));
		}
		List<String> strays = this.keycloak.topLevel().stream()
			.map(KcGroup::path)
			.filter((path) -> !countyPaths.contains(path))
			.toList();
		Report report = new Report(counties.stream().mapToInt(Report::grids).sum(),
				counties.stream().mapToInt(Report::groups).sum() + strays.size(),
				counties.stream().flatMap((county) -> county.created().stream()).toList(),
				counties.stream().flatMap((county) -> county.updated().stream()).toList(),
				Stream.concat(counties.stream().flatMap((county) -> county.withoutGrid().stream()), strays.stream()).toList());
		this.last = report;
		if (report.inStep()) {
			logger.info("Keycloak's grid groups are in step with the {} grids", report.grids());
		}
		else {
			logger.warn("Grid groups reconciled: created {} (missing in Keycloak), updated {}; groups without a grid, left alone: {}",
					report.created(), report.updated(), report.withoutGrid());
		}
		return report;
	}

	/** Brings the groups of one county and its subtree in step with the table. */
	public synchronized Report reconcile(GridCode county) {
		List<Grid> tree = this.grids.findTree(county);
		Map<String, KcGroup> byPath = new LinkedHashMap<>();
		this.keycloak.tree(county).forEach((group) -> byPath.put(group.path(), group));
		int before = byPath.size();
		List<String> created = new ArrayList<>();
		List<String> updated = new ArrayList<>();
		Set<String> gridPaths = new HashSet<>();
		// Codes sort parents first: a parent's group exists before its children are created
		for (Grid grid : tree) {
			String path = KeycloakGroups.path(grid.code());
			gridPaths.add(path);
			KcGroup group = byPath.get(path);
			if (group == null) {
				KcGroup parent = (grid.parentCode() != null) ? byPath.get(KeycloakGroups.path(grid.parentCode())) : null;
				String id = this.keycloak.create(grid, (parent != null) ? parent.id() : null);
				byPath.put(path, new KcGroup(id, grid.code().value(), path, null, 0L));
				created.add(grid.code().value());
			}
			else if (!matches(group, grid)) {
				this.keycloak.update(group, grid);
				updated.add(grid.code().value());
			}
		}
		KcGroup countyGroup = byPath.get(KeycloakGroups.path(county));
		for (Role role : Role.ofCounty()) {
			String path = KeycloakGroups.path(county, role);
			gridPaths.add(path);
			if (countyGroup != null && !byPath.containsKey(path)) {
				this.keycloak.createRoleGroup(countyGroup.id(), role);
				created.add(path);
			}
		}
		List<String> withoutGrid = byPath.keySet().stream().filter((path) -> !gridPaths.contains(path)).toList();
		return new Report(tree.size(), before, created, updated, withoutGrid);
	}

	/** The last reconciliation, null before the first. */
	public @Nullable Report lastReport() {
		return this.last;
	}

	/**
	 * After a grid was created or renamed: its group exists with its name and level. Returns the group's id.
	 * One change at a time, and none during a reconciliation, so that no group is created twice.
	 */
	synchronized String upsert(Grid grid) {
		KcGroup group = this.keycloak.findByPath(grid.code()).orElse(null);
		if (group == null) {
			String parentId = null;
			if (grid.parentCode() != null) {
				Grid parent = this.grids.findByCodes(List.of(grid.parentCode())).getFirst();
				parentId = upsert(parent);
			}
			return this.keycloak.create(grid, parentId);
		}
		if (!matches(group, grid)) {
			this.keycloak.update(group, grid);
		}
		return group.id();
	}

	/** After a grid was retired: its group goes, when nobody belongs to it (the service checked). */
	synchronized void retired(GridCode code) {
		this.keycloak.findByPath(code).ifPresent((group) -> this.keycloak.delete(group.id()));
	}

	private static boolean matches(KcGroup group, Grid grid) {
		return Objects.equals(group.attribute("name"), grid.name())
				&& Objects.equals(group.attribute("level"), grid.level().name());
	}

}
