package org.fangpin.household;

import java.util.List;

import org.fangpin.graphql.UserError;
import org.jspecify.annotations.Nullable;

/** What the household and member mutations return: the record as written, or why nothing was. */
public final class HouseholdPayloads {

	private HouseholdPayloads() {
	}

	public record HouseholdPayload(@Nullable Household household, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static HouseholdPayload stale(Household current, int version) {
			return new HouseholdPayload(current, List.of(UserError.staleVersion(version)));
		}

		static HouseholdPayload of(Household household) {
			return new HouseholdPayload(household, List.of());
		}

		static HouseholdPayload rejected(List<UserError> errors) {
			return new HouseholdPayload(null, errors);
		}

	}

	record MemberPayload(@Nullable Member member, List<UserError> userErrors) {

		/** Refused for a stale version, with the record as it stands now: the device shows it before the person acts again. */
		static MemberPayload stale(Member current, int version) {
			return new MemberPayload(current, List.of(UserError.staleVersion(version)));
		}

		static MemberPayload of(Member member) {
			return new MemberPayload(member, List.of());
		}

		static MemberPayload rejected(List<UserError> errors) {
			return new MemberPayload(null, errors);
		}

	}

	record RemoveMemberPayload(@Nullable String removedMemberId, @Nullable Household household,
			List<UserError> userErrors) {

		static RemoveMemberPayload rejected(List<UserError> errors) {
			return new RemoveMemberPayload(null, null, errors);
		}

	}

}
