package org.fangpin.household;

import org.fangpin.security.duties.Act;
import org.jspecify.annotations.Nullable;

/**
 * A member was added or edited, announced inside the transaction that wrote it (for the screening
 * rules, which the household feature does not know).
 *
 * @param before the member as it was; null for a new member
 */
public record MemberChanged(Act act, Household household, @Nullable Member before,
		Member after) {
}
