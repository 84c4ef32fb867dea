package org.fangpin.situation;

import org.jspecify.annotations.Nullable;

/** A row of {@code visit_guarantee}: one guarantee as a visit assessed it. */
public record Guarantee(long visitId, GuaranteeItem item, GuaranteeState state, @Nullable String note) {
}
