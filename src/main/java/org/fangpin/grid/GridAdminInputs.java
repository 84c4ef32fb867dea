package org.fangpin.grid;

import java.util.List;

import org.fangpin.graphql.UserError;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

/** The inputs and payloads of the grid administration mutations. */
final class GridAdminInputs {

	private GridAdminInputs() {
	}

	record CreateGridInput(String parentCode, String code, String name) {
	}

	record RenameGridInput(String code, String name) {
	}

	record RetireGridInput(String code) {
	}

	record SplitGroupGridInput(String code, String newCode, String name, List<String> householdIds) {
	}

	record GridMembershipInput(String username, String gridCode, Role role) {
	}

	record PostInput(String username, String gridCode, Post post) {
	}

	record GridPayload(@Nullable Grid grid, List<UserError> userErrors) {

		static GridPayload rejected(List<UserError> errors) {
			return new GridPayload(null, errors);
		}

	}

	record RetireGridPayload(@Nullable String retiredCode, List<UserError> userErrors) {
	}

	record SplitGroupGridPayload(@Nullable Grid grid, @Nullable Grid newGrid, int moved, List<UserError> userErrors) {

		static SplitGroupGridPayload rejected(List<UserError> errors) {
			return new SplitGroupGridPayload(null, null, 0, errors);
		}

	}

	record GridMembershipPayload(@Nullable Grid grid, List<UserError> userErrors) {

		static GridMembershipPayload rejected(List<UserError> errors) {
			return new GridMembershipPayload(null, errors);
		}

	}

}
