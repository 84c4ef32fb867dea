package org.fangpin.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fangpin.audit.AccessLog;
import org.fangpin.campaign.Campaign;
import org.fangpin.campaign.CampaignService;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.GlobalId;
import org.fangpin.gridcode.GridCode;
import org.fangpin.ledger.LedgerMapper.ExportRecord;
import org.fangpin.limits.DownloadBudget;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.DataSubject;
import org.fangpin.security.fields.DeclaredFields;
import org.fangpin.security.fields.FieldPolicy;
import org.fangpin.security.fields.PersonalData;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Service;

/**
 * Exports a ledger as a spreadsheet: the caller's rows (the scope fragment), the columns whose schema fields
 * the caller may ask for, each cell released by {@link FieldPolicy} as the API releases the field, rows
 * streamed from the database into the response, a record of the export, and of the households whose sensitive
 * data it showed in full.
 */
@Service
public class LedgerService {

	/** Rows paid for, logged and written before the sheet is flushed to the response. */
	static final int PAGE_SIZE = 1000;

	private static final String EXTENSION = ".xlsx";

	private final LedgerSheets sheets;

	private final LedgerMapper records;

	private final GraphQlSource graphQl;

	private final IdGenerator ids;

	private final Clock clock;

	private final AccessLog accessLog;

	private final CampaignService campaigns;

	private final ProgressWorkbook progress;

	private final SqlSessionFactory sessions;

	LedgerService(LedgerSheets sheets, LedgerMapper records, GraphQlSource graphQl, IdGenerator ids, Clock clock,
			AccessLog accessLog, CampaignService campaigns, ProgressWorkbook progress, SqlSessionFactory sessions) {
		this.sheets = sheets;
		this.sessions = sessions;
		this.campaigns = campaigns;
		this.progress = progress;
		this.records = records;
		this.graphQl = graphQl;
		this.ids = ids;
		this.clock = clock;
		this.accessLog = accessLog;
	}

	/**
	 * 可导出台账: the ledgers the caller may export for the grid, with where to download them; a campaign's too when
	 * one is named.
	 */
	public List<LedgerExport> exportable(Caller caller, @Nullable String gridCode, @Nullable String campaignId) {
		List<LedgerExport> result = new ArrayList<>();
		for (Ledger ledger : Ledger.values()) {
			if (ledger.ofCampaign() && campaignId == null) {
				continue;
			}
			try {
				if (ledger == Ledger.PROGRESS) {
					ProgressWorkbook.Report report = this.progress.prepare(caller, Objects.requireNonNull(campaignId),
							gridCode, null);
					result.add(new LedgerExport(ledger, ledger.title(), report.url(), report.headers()));
					continue;
				}
				Export<?> export = prepare(caller, ledger, gridCode, campaignId);
				result.add(new LedgerExport(ledger, ledger.title(), export.url(), export.headers()));
			}
			catch (ApiException refused) {
				if (gridCode != null && refused.code() != ErrorCode.FORBIDDEN) {
					throw refused;
				}
			}
		}
		return result;
	}

	/** 可导出台账 as the schema shows it. */
	public record LedgerExport(Ledger ledger, String title, String url, List<String> columns) {
	}

	/**
	 * Everything that may refuse an export, checked before the first byte is written: the ledger exists, the
	 * grid is in scope (NOT_FOUND otherwise, as in the API), the caller may reach the ledger's rows at all, and a
	 * campaign's ledger names a campaign the caller sees.
	 */
	Export<?> prepare(Caller caller, String ledgerPath, @Nullable String gridCode, @Nullable String campaignId) {
		Ledger ledger = Ledger.ofPath(ledgerPath)
			.filter((found) -> this.sheets.of(found) != null)
			.orElseThrow(() -> ApiException.notFound("台账 " + ledgerPath));
		return prepare(caller, ledger, gridCode, campaignId);
	}

	private Export<?> prepare(Caller caller, Ledger ledger, @Nullable String gridCode, @Nullable String campaignId) {
		Scope scope = caller.scope();
		GridCode grid = grid(caller, scope, gridCode);
		GraphQLSchema schema = this.graphQl.schema();
		for (String entry : ledger.entryFields()) {
			if (!mayAsk(caller, schema, entry)) {
				throw ApiException.forbidden("无权导出" + ledger.title() + "：不在本部门职责范围内");
			}
		}
		Campaign campaign = null;
		if (ledger.ofCampaign()) {
			if (campaignId == null) {
				throw ApiException.badInput(ledger.title() + "按集中排查导出：请指定 campaign (campaign is required)");
			}
			campaign = this.campaigns.get(caller, campaignId);
		}
		return released(caller, scope, grid, campaign, Objects.requireNonNull(this.sheets.of(ledger)), schema);
	}

	private <R> Export<R> released(Caller caller, Scope scope, @Nullable GridCode grid, @Nullable Campaign campaign,
			LedgerSheet<R> sheet, GraphQLSchema schema) {
		List<Column<R>> columns = new ArrayList<>();
		for (LedgerColumn<R> column : sheet.columns()) {
			String field = column.field();
			if (field == null) {
				columns.add(new Column<>(column, null, null, new HashMap<>()));
			}
			else if (mayAsk(caller, schema, field)) {
				GraphQLFieldDefinition definition = field(schema, field);
				GraphQLEnumType labels = (GraphQLTypeUtil.unwrapAll(definition.getType()) instanceof GraphQLEnumType type)
						? type : null;
				columns.add(new Column<>(column, DeclaredFields.personal(definition).orElse(null), labels, new HashMap<>()));
			}
		}
		return new Export<>(caller, scope, grid, campaign, sheet, List.copyOf(columns));
	}

	static @Nullable GridCode grid(Caller caller, Scope scope, @Nullable String gridCode) {
		if (gridCode != null) {
			GridCode grid = GridCode.parse(gridCode.strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (grid is not a grid code)"));
			if (!scope.coversHouseholdsUnder(grid)) {
				throw ApiException.notFound("网格 " + grid.value());
			}
			return grid;
		}
		List<GridCode> held = caller.grids().stream().filter(scope::coversHouseholdsUnder).toList();
		if (held.isEmpty()) {
			throw ApiException.forbidden("台账由网格干部、审计和行业部门账号导出，本账号没有可导出的网格");
		}
		// several grids: the whole scope in one workbook
		return (held.size() == 1) ? held.getFirst() : null;
	}

	static boolean mayAsk(Caller caller, GraphQLSchema schema, String coordinate) {
		String type = coordinate.substring(0, coordinate.indexOf('.'));
		return DeclaredFields.mayAsk(caller, (GraphQLFieldsContainer) schema.getType(type), field(schema, coordinate));
	}

	private static GraphQLFieldDefinition field(GraphQLSchema schema, String coordinate) {
		int dot = coordinate.indexOf('.');
		if (!(schema.getType(coordinate.substring(0, dot)) instanceof GraphQLFieldsContainer type)
				|| type.getFieldDefinition(coordinate.substring(dot + 1)) == null) {
			throw new IllegalStateException("A ledger column names a field the schema lacks: " + coordinate);
		}
		return type.getFieldDefinition(coordinate.substring(dot + 1));
	}

	/**
	 * Writes the workbook, its rows streamed from the database over a connection of the export's own (which
	 * nothing else may use while the rows stream) a page at a time, each page paid from the caller's budget and
	 * its sensitive data logged as it is taken; records the export, also when the client goes away half-way
	 * (then as not completed). Returns the number of rows written.
	 */
	<R> int write(Export<R> export, DownloadBudget.Download download, OutputStream out) throws IOException {
		long exportId = this.ids.nextId();
		int written = 0;
		boolean completed = false;
		try (SqlSession session = this.sessions.openSession();
				Stream<R> rows = export.sheet().rows().read(session.getMapper(LedgerMapper.class), export.scope(),
						export.gridColumn(), export.gridCode(), export.campaignId())) {
			AccessLog.@Nullable Export shown = logSensitive(export, exportId);
			Workbook workbook = new Workbook(out, "fangpin", "1.0");
			// a ledger is written as its rows stream in, on the request's thread: the fastest compression keeps
			// that thread reading rows rather than deflating them, for a file a fifth larger
			workbook.setCompressionLevel(Deflater.BEST_SPEED);
			Worksheet sheet = workbook.newWorksheet(export.sheet().ledger().title());
			List<Column<R>> columns = export.columns();
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c, columns.get(c).column().header());
			}
			sheet.freezePane(0, 1);
			Iterator<R> next = rows.iterator();
			List<R> page = new ArrayList<>(PAGE_SIZE);
			do {
				download.nextPage();
				page.clear();
				while (page.size() < PAGE_SIZE && next.hasNext()) {
					page.add(next.next());
				}
				download.read(page.size());
				if (shown != null) {
					shown.shown(households(export, page));
				}
				for (R row : page) {
					written++;
					sheet.value(written, 0, written);
					for (int c = 1; c < columns.size(); c++) {
						writeCell(sheet, written, c, columns.get(c), export.caller(), row);
					}
				}
				sheet.flush();
			}
			while (next.hasNext());
			sheet.finish();
			workbook.finish();
			completed = true;
			return written;
		}
		finally {
			record(exportId, export, written, completed);
		}
	}

	/**
	 * Opens the access log of an export whose columns show sensitive data in full to the caller, before its
	 * first byte; each page's households are added as the page is read, one statement per page.
	 */
	private AccessLog.@Nullable Export logSensitive(Export<?> export, long exportId) {
		Set<PersonalData> sensitive = sensitiveKinds(export)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(PersonalData.class)));
		if (sensitive.isEmpty()) {
			return null;
		}
		return this.accessLog.openExport(export.caller(), String.valueOf(exportId),
				"export:" + export.sheet().ledger().path(), sensitive);
	}

	/** The sensitive kinds among the export's columns that a duty of the caller's releases somewhere. */
	private static Stream<PersonalData> sensitiveKinds(Export<?> export) {
		return export.columns()
			.stream()
			.map(Column::personal)
			.filter((kind) -> kind != null && kind.sensitive() && FieldPolicy.releasesAnywhere(kind, export.caller()));
	}

	/** The households of a page whose sensitive data the caller was shown in full. */
	private static Set<Long> households(Export<?> export, List<?> page) {
		List<PersonalData> sensitive = sensitiveKinds(export).toList();
		Set<Long> households = new LinkedHashSet<>();
		for (Object row : page) {
			if (row instanceof DataSubject subject && subject.dataSubjectHousehold() != null && sensitive.stream()
				.anyMatch((kind) -> FieldPolicy.releasesInFull(kind, export.caller(), subject))) {
				households.add(subject.dataSubjectHousehold());
			}
		}
		return households;
	}

	private static <R> void writeCell(Worksheet sheet, int r, int c, Column<R> column, Caller caller, R row) {
		Object value = column.column().value().apply(row);
		if (value instanceof List<?> values) {
			value = values.isEmpty() ? null
					: values.stream().map((item) -> Objects.toString(released(column, caller, row, item), "")).collect(Collectors.joining("、"));
		}
		else {
			value = released(column, caller, row, value);
		}
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			sheet.value(r, c, number);
			return;
		}
		GraphQLEnumType labels = column.labels();
		String text = (labels != null) ? column.terms().computeIfAbsent(value.toString(), (names) -> labels(labels, names))
				: value.toString();
		if (column.column().unique()) {
			sheet.inlineString(r, c, text);
		}
		else {
			sheet.value(r, c, text);
		}
	}

	private static <R> @Nullable Object released(Column<R> column, Caller caller, R row, @Nullable Object value) {
		PersonalData kind = column.personal();
		return (value != null && kind != null) ? FieldPolicy.release(kind, caller, column.column().subjectOf(row), value)
				: value;
	}

	/** Enum names (one, or comma-separated) as the Chinese terms their schema descriptions start with. */
	static String labels(GraphQLEnumType type, String names) {
		return Arrays.stream(names.split(",")).map((name) -> {
			GraphQLEnumValueDefinition value = type.getValue(name);
			String description = (value != null) ? value.getDescription() : null;
			return (description != null) ? description.split(" / ")[0] : name;
		}).collect(Collectors.joining("、"));
	}

	private void record(long exportId, Export<?> export, int rows, boolean completed) {
		this.records.insertExport(ExportRecord.of(exportId, this.clock.instant(), export.caller(),
				export.sheet().ledger(), export.gridCode(), export.headers(), rows, completed));
	}

	/**
	 * A column released to the caller: with the personal-data kind its cells are released as, its enum, and the
	 * Chinese terms of the enum values met so far in this export (a few dozen, looked up once each).
	 */
	record Column<R>(LedgerColumn<R> column, @Nullable PersonalData personal, @Nullable GraphQLEnumType labels,
			Map<String, String> terms) {
	}

	/** An export the caller may take: the rows' scope, grid and campaign, and the columns released. */
	record Export<R>(Caller caller, Scope scope, @Nullable GridCode grid, @Nullable Campaign campaign,
			LedgerSheet<R> sheet, List<Column<R>> columns) {

		List<String> headers() {
			return this.columns.stream().map((column) -> column.column().header()).toList();
		}

		@Nullable String gridCode() {
			return Optional.ofNullable(this.grid).map(GridCode::value).orElse(null);
		}

		@Nullable String gridColumn() {
			return Optional.ofNullable(this.grid).map((code) -> code.level().getHouseholdColumn()).orElse(null);
		}

		@Nullable Long campaignId() {
			return Optional.ofNullable(this.campaign).map(Campaign::id).orElse(null);
		}

		String url() {
			return LedgerService.url(this.sheet.ledger(), this.grid, this.campaign);
		}

		/** The download's file name: the ledger's title and the grid. */
		String fileName() {
			return LedgerService.fileName(this.sheet.ledger(), this.grid);
		}

	}

	/** Where to download a ledger: its path, the grid and the campaign it is of. */
	static String url(Ledger ledger, @Nullable GridCode grid, @Nullable Campaign campaign) {
		List<String> query = new ArrayList<>();
		if (grid != null) {
			query.add("grid=" + grid.value());
		}
		if (campaign != null) {
			query.add("campaign=" + new GlobalId("Campaign", campaign.id()).encode());
		}
		String path = "/ledgers/" + ledger.path() + EXTENSION;
		return query.isEmpty() ? path : path + "?" + String.join("&", query);
	}

	/** A download's file name: the ledger's title and the grid, encoded for Content-Disposition. */
	static String fileName(Ledger ledger, @Nullable GridCode grid) {
		String name = ledger.title() + ((grid != null) ? "_" + grid.value() : "") + EXTENSION;
		return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
