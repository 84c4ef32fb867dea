package org.fangpin.graphql;

import java.util.List;

/**
 * A reason why a mutation wrote nothing, in its payload: the input field it concerns (a path, e.g.
 * {@code ["head", "idNumber"]}), a code, and a message a cadre can act on.
 */
public record UserError(List<String> field, ErrorCode code, String message) {

	public static UserError badInput(String message, String... field) {
		return new UserError(List.of(field), ErrorCode.BAD_USER_INPUT, message);
	}

	/** The caller may not do this, whatever the input: a rule of who may act, not of what was typed. */
	public static UserError forbidden(String message, String... field) {
		return new UserError(List.of(field), ErrorCode.FORBIDDEN, message);
	}

	public static UserError conflict(String message, String... field) {
		return new UserError(List.of(field), ErrorCode.CONFLICT, message);
	}

	/**
	 * Somebody changed the record since the caller read it: nothing was written.
	 *
	 * @param version the version the caller sent, which the record has moved on from
	 */
	public static UserError staleVersion(int version) {
		return conflict("数据已被他人修改，请刷新后重试 (CONFLICT: version " + version + " is no longer current)", "version");
	}

}
