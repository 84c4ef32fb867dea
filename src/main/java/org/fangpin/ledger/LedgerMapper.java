package org.fangpin.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.cursor.Cursor;
import org.fangpin.ledger.LedgerRows.CaseRow;
import org.fangpin.ledger.LedgerRows.GridRow;
import org.fangpin.ledger.LedgerRows.InspectionRow;
import org.fangpin.ledger.LedgerRows.MeasureRow;
import org.fangpin.ledger.LedgerRows.ProblemRow;
import org.fangpin.ledger.LedgerRows.RosterRow;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a ledger in one scoped statement each, streamed (a {@link Cursor} over a result set that the
 * driver does not buffer) so that the database produces rows while the sheet is written. A reporting read over
 * the tables of several features: one joined statement instead of a batch load per feature, so that a county's
 * roster streams at the speed of an index scan.
 */
@Mapper
interface LedgerMapper {

	Cursor<RosterRow> roster(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid);

	Cursor<MeasureRow> measures(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid);

	Cursor<CaseRow> cases(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("statuses") Collection<String> statuses);

	Cursor<GridRow> groups(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid);

	/** {@code key}: the key households' inspections (附件2), or the others (附件3). */
	Cursor<InspectionRow> inspections(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("campaignId") long campaignId, @Param("key") boolean key);

	Cursor<ProblemRow> problems(@Param("scope") Scope scope, @Param("grid") @Nullable String grid,
			@Param("campaignId") long campaignId);

	void insertExport(@Param("e") ExportRecord record);

	/** 导出记录: who exported which ledger of which grid, which columns, how many rows. */
	record ExportRecord(long id, Instant exportedAt, String subject, String callerName, String roles, String grids,
			String ledger, @Nullable String gridCode, String columnsReleased, int rowCount, boolean completed) {

		/** The record of the caller's export of the ledger. */
		static ExportRecord of(long id, Instant at, Caller caller, Ledger ledger, @Nullable String gridCode,
				List<String> headers, int rows, boolean completed) {
			return new ExportRecord(id, at, caller.subject(), caller.name(), caller.roleList(),
					caller.gridList(), ledger.name(), gridCode, String.join(",", headers), rows, completed);
		}

	}

}
