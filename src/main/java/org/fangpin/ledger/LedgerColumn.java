package org.fangpin.ledger;

import java.util.function.Function;

import org.fangpin.security.rows.DataSubject;
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
 * @param subject whose data the cell is, when not the row's own (the row, if it is a {@link DataSubject}): it
 * decides, as in the API, which of the caller's duties release the cell. A list value is released item by item
 * and written joined with 、
 */
record LedgerColumn<R>(String header, @Nullable String field, Function<R, @Nullable Object> value, boolean unique,
		@Nullable Function<R, DataSubject> subject) {

	LedgerColumn(String header, @Nullable String field, Function<R, @Nullable Object> value, boolean unique) {
		this(header, field, value, unique, null);
	}

	static <R> LedgerColumn<R> unique(String header, String field, Function<R, @Nullable Object> value) {
		return new LedgerColumn<>(header, field, value, true);
	}

	static <R> LedgerColumn<R> repeated(String header, String field, Function<R, @Nullable Object> value) {
		return new LedgerColumn<>(header, field, value, false);
	}

	/** A column of data that lives in another grid than the row's. */
	static <R> LedgerColumn<R> of(String header, String field, Function<R, @Nullable Object> value,
			Function<R, DataSubject> subject) {
		return new LedgerColumn<>(header, field, value, false, subject);
	}

	/** A column the template leaves for the village to fill in (a judgment made at its review). */
	static <R> LedgerColumn<R> toFillIn(String header) {
		return new LedgerColumn<>(header, null, (row) -> null, false);
	}

	/** Whose data the cell of {@code row} is, or null where its place is not known. */
	@Nullable DataSubject subjectOf(R row) {
		if (this.subject != null) {
			return this.subject.apply(row);
		}
		return (row instanceof DataSubject own) ? own : null;
	}

}
