package org.fangpin.ledger;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * 台账列: a column of a ledger.
 *
 * @param header the template's column header
 * @param field the schema field ({@code Type.field}) whose release the column follows: a department gets the
 * column only where the field is declared for it, and {@code @personal} masks its cells as in the API; null
 * for the row number and for the columns a village fills in by hand at its review
 * @param value the cell of a row, before release: an enum's name (or comma-separated names) is written as
 * the Chinese term of the schema's description
 * @param unique whether values rarely repeat (names, ID numbers, addresses): written inline instead of into
 * the workbook's shared string table, which would otherwise hold every one of them in memory
 * @param gridName whether the value is a grid's code, written as the grid's name
 */
record LedgerColumn<R>(String header, @Nullable String field, Function<R, @Nullable Object> value, boolean unique,
		boolean gridName) {

	static <R> LedgerColumn<R> unique(String header, String field, Function<R, @Nullable Object> value) {
		return new LedgerColumn<>(header, field, value, true, false);
	}

	static <R> LedgerColumn<R> repeated(String header, String field, Function<R, @Nullable Object> value) {
		return new LedgerColumn<>(header, field, value, false, false);
	}

	/** The name of the grid whose code {@code code} gives: the export looks each grid up once, not each row. */
	static <R> LedgerColumn<R> gridName(String header, Function<R, @Nullable Object> code) {
		return new LedgerColumn<>(header, "Grid.name", code, false, true);
	}

	/** A column the template leaves for the village to fill in (a judgment made at its review). */
	static <R> LedgerColumn<R> toFillIn(String header) {
		return new LedgerColumn<>(header, null, (row) -> null, false, false);
	}

}
