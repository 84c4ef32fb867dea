package org.fangpin.security;

import java.util.List;
import java.util.Optional;

import org.fangpin.graphql.UserError;

/**
 * 职责授予的分离: what a grid administrator may give or take, in one place (DESIGN.md, "Authorization").
 * Nobody changes their own duties; the county's duties, which release a whole county, are given by the
 * county's identity process in Keycloak, not here; and an auditor stays independent of the cadres' work.
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
		return Optional.empty();
	}

}
