package org.fangpin.ledger;

import java.util.List;

import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's columns, in the template's order (the row number first), and how its rows are read: page by
 * page, each page after the last row of the one before.
 */
record LedgerSheet<R>(Ledger ledger, List<LedgerColumn<R>> columns, Pages<R> pages) {

	interface Pages<R> {

		/**
		 * Up to {@code limit} rows in scope (under {@code grid} at its {@code gridColumn}, if given; of the
		 * campaign, for a campaign's ledger) after {@code after}.
		 */
		List<R> read(Scope scope, @Nullable String gridColumn, @Nullable String grid, @Nullable Long campaignId,
				@Nullable R after, int limit);

	}

}
