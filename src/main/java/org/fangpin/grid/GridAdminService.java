package org.fangpin.grid;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.grid.GridAdminInputs.CreateGridInput;
import org.fangpin.grid.GridAdminInputs.GridMembershipInput;
import org.fangpin.grid.GridAdminInputs.GridMembershipPayload;
import org.fangpin.grid.GridAdminInputs.GridPayload;
import org.fangpin.grid.GridAdminInputs.PostInput;
import org.fangpin.grid.GridAdminInputs.RenameGridInput;
import org.fangpin.grid.GridAdminInputs.RetireGridInput;
import org.fangpin.grid.GridAdminInputs.RetireGridPayload;
import org.fangpin.grid.GridAdminInputs.SplitGroupGridInput;
import org.fangpin.grid.GridAdminInputs.SplitGroupGridPayload;
import org.fangpin.grid.KeycloakGroups.KcGroup;
import org.fangpin.grid.KeycloakGroups.KcUser;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.duties.Act;
import org.fangpin.security.duties.Grants;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网格管理: grid administrators keep the tree (create, rename, retire, split) and give people their grids.
 * The grid table is written first and Keycloak after, in the same transaction: if Keycloak refuses, the
 * table is rolled back; if the commit fails after Keycloak agreed, the next reconciliation finds the
 * difference. Memberships and roles live in Keycloak only.
 */
@Service
class GridAdminService {

	static final int MAX_NAME_LENGTH = 64;

	private final GridService grids;

	private final GridMapper mapper;

	private final GridMirror mirror;

	private final KeycloakGroups keycloak;

	private final GridWorkers workers;

	private final AuditLog audit;

	private final Clock clock;

	GridAdminService(GridService grids, GridMapper mapper, GridMirror mirror, KeycloakGroups keycloak,
			GridWorkers workers, AuditLog audit, Clock clock) {
		this.grids = grids;
		this.mapper = mapper;
		this.mirror = mirror;
		this.keycloak = keycloak;
		this.workers = workers;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public GridPayload create(Act act, CreateGridInput input) {
		Grid parent = this.grids.get(act.caller(), input.parentCode());
		act.check(parent.code());
		InputCheck check = new InputCheck();
		String name = check.text(input.name(), MAX_NAME_LENGTH, "名称", "name");
		GridCode code = childCode(check, parent, input.code(), "code");
		if (check.hasErrors() || name == null || code == null) {
			return GridPayload.rejected(check.errors());
		}
		this.mapper.lock(parent.code());
		if (!this.grids.findAll(List.of(code)).isEmpty()) {
			return GridPayload.rejected(List.of(UserError.conflict("网格编码已存在 (grid " + code + " exists)", "code")));
		}
		Grid grid = new Grid(code, parent.code(), code.level(), name);
		this.mapper.insert(grid);
		this.audit.record(act, "createGrid", "Grid", Long.parseLong(code.value()),
				new Changes().field("parent", null, parent.code().value()).field("name", null, name));
		sync(grid);
		return new GridPayload(grid, List.of());
	}

	@Transactional
	public GridPayload rename(Act act, RenameGridInput input) {
		Grid current = this.grids.get(act.caller(), input.code());
		act.check(current.code());
		InputCheck check = new InputCheck();
		String name = check.text(input.name(), MAX_NAME_LENGTH, "名称", "name");
		if (check.hasErrors() || name == null) {
			return GridPayload.rejected(check.errors());
		}
		this.mapper.rename(current.code(), name);
		this.audit.record(act, "renameGrid", "Grid", Long.parseLong(current.code().value()),
				new Changes().field("name", current.name(), name));
		Grid renamed = new Grid(current.code(), current.parentCode(), current.level(), name);
		sync(renamed);
		return new GridPayload(renamed, List.of());
	}

	@Transactional
	public RetireGridPayload retire(Act act, RetireGridInput input) {
		Grid grid = this.grids.get(act.caller(), input.code());
		act.check(grid.code());
		if (grid.level() == GridLevel.COUNTY) {
			return new RetireGridPayload(null, List.of(UserError.badInput("县级网格不能在此撤销 (a county grid is not retired here)", "code")));
		}
		this.mapper.lock(grid.code());
		List<UserError> errors = new ArrayList<>();
		if (this.mapper.countChildren(grid.code()) > 0) {
			errors.add(UserError.conflict("该网格还有下级网格 (the grid has child grids)", "code"));
		}
		Optional<KcGroup> group = this.keycloak.isEnabled() ? this.keycloak.findByPath(grid.code()) : Optional.empty();
		if (group.isPresent() && !this.keycloak.members(group.get().id()).isEmpty()) {
			errors.add(UserError.conflict("该网格还有人员，请先移出 (people still hold the grid: remove them first)", "code"));
		}
		if (errors.isEmpty() && this.mapper.deleteEmpty(grid.code()) == 0) {
			errors.add(UserError.conflict("该网格还有农户 (households are registered under the grid)", "code"));
		}
		if (!errors.isEmpty()) {
			return new RetireGridPayload(null, errors);
		}
		this.audit.record(act, "retireGrid", "Grid", Long.parseLong(grid.code().value()),
				new Changes().field("name", grid.name(), null));
		if (this.keycloak.isEnabled()) {
			this.mirror.retired(grid.code());
		}
		return new RetireGridPayload(grid.code().value(), List.of());
	}

	@Transactional
	public SplitGroupGridPayload split(Act act, SplitGroupGridInput input) {
		Grid source = this.grids.get(act.caller(), input.code());
		act.check(source.code());
		InputCheck check = new InputCheck();
		check.require(source.level() == GridLevel.GROUP, "只能拆分村组网格 (only a group grid is split)", "code");
		String name = check.text(input.name(), MAX_NAME_LENGTH, "名称", "name");
		Grid village = (source.parentCode() != null) ? this.grids.findAll(List.of(source.parentCode())).stream().findFirst().orElse(null) : null;
		GridCode newCode = (village != null) ? childCode(check, village, input.newCode(), "newCode") : null;
		Set<Long> ids = new LinkedHashSet<>();
		for (String id : input.householdIds()) {
			GlobalId.idOf(id, "Household").ifPresentOrElse(ids::add,
					() -> check.fail("不是农户ID (not a household id): " + id, "householdIds"));
		}
		check.require(!input.householdIds().isEmpty(), "请选择要迁出的农户 (choose the households to move)", "householdIds");
		if (check.hasErrors() || name == null || newCode == null || village == null) {
			return SplitGroupGridPayload.rejected(check.errors());
		}
		this.mapper.lock(village.code());
		if (!this.grids.findAll(List.of(newCode)).isEmpty()) {
			return SplitGroupGridPayload.rejected(List.of(UserError.conflict("网格编码已存在 (grid " + newCode + " exists)", "newCode")));
		}
		Grid created = new Grid(newCode, village.code(), GridLevel.GROUP, name);
		this.mapper.insert(created);
		int moved = this.mapper.moveHouseholds(source.code(), newCode, ids, this.clock.instant());
		if (moved != ids.size()) {
			Transactions.rollback();
			return SplitGroupGridPayload.rejected(List.of(UserError.badInput(
					"有农户不在原网格 (some households are not in grid " + source.code() + ")", "householdIds")));
		}
		this.audit.record(act, "splitGroupGrid", "Grid", Long.parseLong(newCode.value()),
				new Changes().field("splitFrom", null, source.code().value()).field("name", null, name)
					.references("households", "Household", ids));
		sync(created);
		return new SplitGroupGridPayload(source, created, moved, List.of());
	}

	@Transactional
	public GridMembershipPayload assign(Act act, GridMembershipInput input) {
		return membership(act, input, true);
	}

	@Transactional
	public GridMembershipPayload remove(Act act, GridMembershipInput input) {
		return membership(act, input, false);
	}

	/**
	 * Gives or takes one duty: membership of the grid's group is holding its level's role there, so taking it
	 * leaves every other duty of the person as it is. Who may be given what is {@link Grants}'.
	 */
	private GridMembershipPayload membership(Act act, GridMembershipInput input, boolean assign) {
		Grid grid = this.grids.get(act.caller(), input.gridCode());
		act.check(grid.code());
		Role role = input.role();
		if (!this.keycloak.isEnabled()) {
			throw new IllegalStateException("Grid sync is off: give grids in the Keycloak admin console");
		}
		Optional<KcUser> user = this.keycloak.user(input.username().strip());
		if (user.isEmpty()) {
			return GridMembershipPayload.rejected(List.of(UserError.badInput("没有该账号 (no such account)", "username")));
		}
		String userId = user.get().id();
		List<HeldDuty> held = this.keycloak.groupPaths(userId)
			.stream()
			.map(HeldDuty::ofGroupPath)
			.flatMap(Optional::stream)
			.toList();
		Optional<UserError> refused = Grants.refusal(act.caller(), userId, held, role, assign);
		if (refused.isPresent()) {
			return GridMembershipPayload.rejected(List.of(refused.get()));
		}
		if (role.level() != grid.level()) {
			String message = (role.level() == null) ? "该角色不按网格分配 (" + role.realmRole() + " is not given with a grid)"
					: role.realmRole() + "应分配到" + role.level() + "级网格 (" + role.realmRole() + " holds a "
							+ role.level() + " grid)";
			return GridMembershipPayload.rejected(List.of(UserError.badInput(message, "role")));
		}
		String groupId = this.mirror.upsert(grid);
		if (assign) {
			this.keycloak.join(userId, groupId);
		}
		else {
			this.keycloak.leave(userId, groupId);
		}
		this.workers.forget(grid.code());
		this.audit.record(act, assign ? "assignToGrid" : "removeFromGrid", "Grid", Long.parseLong(grid.code().value()),
				new Changes().field("username", assign ? null : user.get().username(), assign ? user.get().username() : null)
					.field("role", assign ? null : role.realmRole(), assign ? role.realmRole() : null));
		return new GridMembershipPayload(grid, List.of());
	}

	/**
	 * Gives or takes a post in a grid (seed 000 第四条, seed 002): the usernames holding it are an attribute of
	 * the grid's group, so that Keycloak holds who holds what; a post grants nothing, so no duty rule applies.
	 * Giving a post held already, or taking one not held, changes nothing.
	 */
	@Transactional
	public GridMembershipPayload post(Act act, PostInput input, boolean assign) {
		Grid grid = this.grids.get(act.caller(), input.gridCode());
		act.check(grid.code());
		if (!this.keycloak.isEnabled()) {
			throw new IllegalStateException("Grid sync is off: give posts in the Keycloak admin console");
		}
		Post post = input.post();
		if (post.level() != grid.level()) {
			return GridMembershipPayload.rejected(List.of(UserError.badInput(post.title() + "应设在" + post.level()
					+ "级网格 (" + post + " is held in a " + post.level() + " grid)", "post")));
		}
		Optional<KcUser> user = this.keycloak.user(input.username().strip());
		if (user.isEmpty()) {
			return GridMembershipPayload.rejected(List.of(UserError.badInput("没有该账号 (no such account)", "username")));
		}
		String username = user.get().username();
		this.mirror.upsert(grid);
		List<String> holders = new ArrayList<>(this.keycloak.findByPath(grid.code())
			.map((group) -> group.attributeValues(post.attribute()))
			.orElse(List.of()));
		if (holders.contains(username) == assign) {
			return new GridMembershipPayload(grid, List.of());
		}
		if (assign) {
			holders.add(username);
		}
		else {
			holders.remove(username);
		}
		this.keycloak.setPostHolders(grid.code(), post, holders);
		this.workers.forget(grid.code());
		this.audit.record(act, assign ? "assignPost" : "removePost", "Grid", Long.parseLong(grid.code().value()),
				new Changes().field("username", assign ? null : username, assign ? username : null)
					.field("post", assign ? null : post, assign ? post : null));
		return new GridMembershipPayload(grid, List.of());
	}

	/** The code of a new child of {@code parent}: the parent's code and the digits of the next level. */
	private static @Nullable GridCode childCode(InputCheck check, Grid parent, String value, String field) {
		GridCode code = check.parse(value, GridCode::new, field);
		if (code == null) {
			return null;
		}
		boolean child = code.value().startsWith(parent.code().value()) && parent.level().ordinal() + 1 == code.level().ordinal();
		if (!child) {
			check.fail("网格编码应为上级编码 " + parent.code() + " 加下一级的位数 (code must extend " + parent.code()
					+ " by one level)", field);
			return null;
		}
		return code;
	}

	private void sync(Grid grid) {
		if (this.keycloak.isEnabled()) {
			this.mirror.upsert(grid);
		}
	}

}
