package org.fangpin.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.ibatis.cursor.Cursor;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's columns, in the template's order (the row number first), and how its rows are read: one statement
 * whose rows stream from the database as the sheet is written, never the whole ledger in memory.
 */
record LedgerSheet<R>(Ledger ledger, List<LedgerColumn<R>> columns, Rows<R> rows) {

	interface Rows<R> {

		/**
		 * The rows in scope (under {@code grid} at its {@code gridColumn}, if given; of the campaign, for a
		 * campaign's ledger), in the ledger's order, read through {@code mapper} as the stream is consumed.
		 * Closing the stream ends the statement.
		 */
		Stream<R> read(LedgerMapper mapper, Scope scope, @Nullable String gridColumn, @Nullable String grid,
				@Nullable Long campaignId);

	}

	/** A mapper's cursor as a stream that closes it. */
	static <R> Stream<R> stream(Cursor<R> cursor) {
		return StreamSupport.stream(cursor.spliterator(), false).onClose(() -> {
			try {
				cursor.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

}
