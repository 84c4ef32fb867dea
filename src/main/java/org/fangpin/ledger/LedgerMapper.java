package org.fangpin.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.fangpin.ledger.LedgerRows.CaseRow;
import org.fangpin.ledger.LedgerRows.GridRow;
import org.fangpin.ledger.LedgerRows.MeasureRow;
import org.fangpin.ledger.LedgerRows.RosterRow;
import org.fangpin.security.Scope;
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
			@Param("grid") @Nullable String grid, @Param("after") @Nullable GridRow after, @Param("limit") int limit);

	void insertExport(@Param("e") ExportRecord record);

	/** 导出记录: who exported which ledger of which grid, which columns, how many rows. */
	record ExportRecord(long id, Instant exportedAt, String subject, String callerName, String roles, String grids,
			String ledger, @Nullable String gridCode, String columnsReleased, int rowCount, boolean completed) {
	}

}
