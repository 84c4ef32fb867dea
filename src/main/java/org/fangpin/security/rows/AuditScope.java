package org.fangpin.security.rows;

import java.util.List;

import org.fangpin.graphql.ApiException;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;

/**
 * Who reads the audit trail, and whose actions: auditors, the actions of everyone holding a grid under
 * one of theirs (a county's auditor: all its cadres and its department accounts).
 *
 * @param gridCodes the auditor's grids; records whose actor holds a grid starting with one of them
 */
public record AuditScope(List<String> gridCodes) {

	public AuditScope {
		gridCodes = List.copyOf(gridCodes);
	}

	/** Refuses anyone but an auditor: the trail names cadres and what they changed. */
	public static AuditScope of(Caller caller) {
		if (!caller.holds(Role.AUDITOR)) {
			throw ApiException.forbidden("审计记录仅供" + Role.AUDITOR.label() + "查看 (FORBIDDEN: auditors only)");
		}
		return new AuditScope(caller.gridsOf(Role.AUDITOR).stream().map(GridCode::value).toList());
	}

}
