package org.fangpin.security.duties;

import java.util.List;
import java.util.Optional;

import org.fangpin.graphql.UserError;
import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;

/**
 * 职责授予的分离: what may be given to whom through the API, in one place (DESIGN.md, "Authorization").
 * Nobody changes their own duties; the county's duties, which release a whole county, are given by the
 * county's identity process in Keycloak, not here; an auditor stays independent of the cadres' work; a grid
 * administrator keeps the tree and never reads households; a resident's account is nobody else's.
 */
public final class Grants {

	private Grants() {
	}

	/**
	 * Why the caller may not give ({@code assign}) or take the role from the person, or empty when they may.
	 *
	 * @param subject the person's account (the token subject their own requests carry)
	 * @param held the duties the person holds now
	 */
	public static Optional<UserError> refusal(Caller caller, String subject, List<HeldDuty> held, Role role,
			boolean assign) {
		if (subject.equals(caller.subject())) {
			return Optional.of(UserError.forbidden("不能变更本人的职责 (a grid administrator never changes their own duties)",
					"username"));
		}
		if (!role.isGrantable()) {
			return Optional.of(UserError.forbidden("县级职责（县级干部、审计人员、网格管理员、行业部门）由县级身份管理流程在 Keycloak "
					+ "中授予，不能在此分配 (" + role.realmRole() + " is given by the county's identity process, not here)",
					"role"));
		}
		boolean auditor = held.stream().anyMatch((duty) -> duty.role() == Role.AUDITOR);
		if (assign && role.isCadre() && auditor) {
			return Optional.of(UserError.forbidden("审计人员不能兼任网格干部，以保持独立 (an auditor is not given a cadre's "
					+ "duty: they audit that work)", "username"));
		}
		// two administrators could otherwise give each other what neither may give themselves
		boolean administrator = held.stream().anyMatch((duty) -> duty.role() == Role.GRID_ADMIN);
		if (assign && role.readsHouseholds() && administrator) {
			return Optional.of(UserError.forbidden("网格管理员不能兼任读取农户信息的职责 (a grid administrator is not given a "
					+ "duty that reads households)", "username"));
		}
		return Optional.empty();
	}

	/**
	 * Why the account may not be bound to a member as a resident, or empty when it may: never the caller's own
	 * account, never an account that holds a duty (a cadre does not become a resident of a household they serve
	 * through an account of theirs), never one already bound (a binding is undone on purpose, in Keycloak, not
	 * overwritten by another village).
	 */
	public static Optional<UserError> bindingRefusal(Caller caller, String subject, List<HeldDuty> held,
			boolean alreadyBound) {
		if (subject.equals(caller.subject())) {
			return Optional.of(UserError.forbidden("不能绑定本人账号 (a cadre does not bind their own account)", "username"));
		}
		if (!held.isEmpty()) {
			return Optional.of(UserError.forbidden("该账号有网格职责，不能作为农户账号 (the account holds duties)", "username"));
		}
		if (alreadyBound) {
			return Optional.of(UserError.conflict("该账号已绑定家庭成员，需先解除绑定 (the account is bound already)", "username"));
		}
		return Optional.empty();
	}

}
