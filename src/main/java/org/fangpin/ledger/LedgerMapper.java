package org.fangpin.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.ledger.LedgerRows.CaseRow;
import org.fangpin.ledger.LedgerRows.GridRow;
import org.fangpin.ledger.LedgerRows.GroupRow;
import org.fangpin.ledger.LedgerRows.InspectionRow;
import org.fangpin.ledger.LedgerRows.MeasureRow;
import org.fangpin.ledger.LedgerRows.ProblemRow;
import org.fangpin.ledger.LedgerRows.RosterRow;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Reads ledger rows page by page (keyset, after the last row of the previous page). A reporting read over
 * the tables of several features: one joined, scoped statement per page instead of a batch load per
 * feature, so that a county's roster streams at the speed of an index scan.
 */
@Mapper
interface LedgerMapper {

	List<RosterRow> roster(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("after") @Nullable RosterRow after, @Param("limit") int limit);

	List<MeasureRow> measures(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("after") @Nullable MeasureRow after, @Param("limit") int limit);

	List<CaseRow> cases(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("statuses") Collection<String> statuses,
			@Param("after") @Nullable CaseRow after, @Param("limit") int limit);

	List<GridRow> groups(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("after") @Nullable GroupRow after, @Param("limit") int limit);

	/** {@code key}: the key households' inspections (附件2), or the others (附件3). */
	List<InspectionRow> inspections(@Param("scope") Scope scope, @Param("gridColumn") @Nullable String gridColumn,
			@Param("grid") @Nullable String grid, @Param("campaignId") long campaignId, @Param("key") boolean key,
			@Param("after") @Nullable InspectionRow after, @Param("limit") int limit);

	List<ProblemRow> problems(@Param("scope") Scope scope, @Param("grid") @Nullable String grid,
			@Param("campaignId") long campaignId, @Param("after") @Nullable ProblemRow after, @Param("limit") int limit);

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
