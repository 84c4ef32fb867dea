package org.fangpin.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fangpin.campaign.Campaign;
import org.fangpin.campaign.CampaignService;
import org.fangpin.campaign.Progress.CampaignProgress;
import org.fangpin.campaign.Progress.ProgressFigures;
import org.fangpin.campaign.Progress.ProgressRow;
import org.fangpin.campaign.ProgressColumn;
import org.fangpin.campaign.ProgressService;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.ledger.LedgerMapper.ExportRecord;
import org.fangpin.limits.DownloadBudget;
import org.fangpin.monitoring.CaseType;
import org.fangpin.monitoring.RiskType;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * 附件1 (seed 004: 防止返贫监测帮扶集中排查工作进度统计表) as a spreadsheet, in one download: a township's villages,
 * a row each, and its subtotal (小计), as it hands them in each Friday by 8:00; a county's villages under each
 * township with the township's subtotal, and the county's total (合计); a village its own row. Two sheets: the
 * week ending on the day asked (本周) and since the campaign began (累计). Every figure is the API's
 * ({@code campaignProgress}) for the same grid: a subtotal is the township's own row, not a sum of its villages
 * (its inspectors are distinct, its own meetings are in it).
 */
@Component
class ProgressWorkbook {

	private static final String SUBTOTAL = "小计";

	private static final String TOTAL = "合计";

	private final ProgressService progress;

	private final CampaignService campaigns;

	private final GridService grids;

	private final GraphQlSource graphQl;

	private final LedgerMapper records;

	private final IdGenerator ids;

	private final Clock clock;

	ProgressWorkbook(ProgressService progress, CampaignService campaigns, GridService grids, GraphQlSource graphQl,
			LedgerMapper records, IdGenerator ids, Clock clock) {
		this.clock = clock;
		this.progress = progress;
		this.campaigns = campaigns;
		this.grids = grids;
		this.graphQl = graphQl;
		this.records = records;
		this.ids = ids;
	}

	/** A row of the sheets: where, and the week's and the cumulative figures. */
	record Line(String township, String village, ProgressFigures week, ProgressFigures cumulative) {
	}

	/** 附件1 read and ready to write: whatever refuses it has refused before the first byte. */
	record Report(Caller caller, Campaign campaign, GridCode grid, @Nullable String gridName, LocalDate asOf,
			LocalDate weekStartsOn, List<Line> lines, List<String> headers) {

		String url() {
			return LedgerService.url(Ledger.PROGRESS, this.grid, this.campaign);
		}

		String fileName() {
			return LedgerService.fileName(Ledger.PROGRESS, this.grid);
		}

	}

	Report prepare(Caller caller, String campaignId, @Nullable String gridCode, @Nullable String asOfDay) {
		GraphQLSchema schema = this.graphQl.schema();
		if (!LedgerService.mayAsk(caller, schema, Ledger.PROGRESS.entryFields().getFirst())) {
			throw ApiException.forbidden("无权导出" + Ledger.PROGRESS.title() + "：不在本部门职责范围内");
		}
		Campaign campaign = this.campaigns.get(caller, campaignId);
		GridCode grid = LedgerService.grid(caller, caller.scope(), gridCode);
		if (grid == null || grid.level() == GridLevel.GROUP) {
			throw ApiException.badInput("工作进度统计表按县、乡镇或行政村导出：请指定网格 (grid must be a county, township or village)");
		}
		LocalDate asOf = day(asOfDay);
		String id = campaignId;
		CampaignProgress villages = this.progress.progress(caller, id, GridLevel.VILLAGE, asOf, grid.value());
		List<Line> lines = new ArrayList<>();
		if (grid.level() == GridLevel.VILLAGE) {
			villages.rows().forEach((row) -> lines.add(line(row, townshipName(grid), name(row.grid()))));
		}
		else {
			CampaignProgress townships = this.progress.progress(caller, id, GridLevel.TOWNSHIP, asOf, grid.value());
			for (ProgressRow township : townships.rows()) {
				String code = code(township.grid());
				villages.rows()
					.stream()
					.filter((village) -> code(village.grid()).startsWith(code))
					.forEach((village) -> lines.add(line(village, name(township.grid()), name(village.grid()))));
				lines.add(line(township, name(township.grid()), SUBTOTAL));
			}
			if (grid.level() == GridLevel.COUNTY) {
				this.progress.progress(caller, id, GridLevel.COUNTY, asOf, grid.value())
					.rows()
					.forEach((county) -> lines.add(line(county, name(county.grid()), TOTAL)));
			}
		}
		String gridName = this.grids.findAll(List.of(grid)).stream().map(Grid::name).findFirst().orElse(null);
		return new Report(caller, campaign, grid, gridName, villages.asOf(), villages.weekStartsOn(), List.copyOf(lines),
				headers(schema));
	}

	/** Writes both sheets and records the export, also one the client left half-way. */
	void write(Report report, DownloadBudget.Download download, OutputStream out) throws IOException {
		long exportId = this.ids.nextId();
		boolean completed = false;
		download.nextPage();
		download.read(report.lines().size());
		try {
			Workbook workbook = new Workbook(out, "fangpin", "1.0");
			sheet(workbook.newWorksheet("本周"), report, ProgressWorkbook.Line::week,
					"本周 " + report.weekStartsOn() + " 至 " + report.asOf());
			sheet(workbook.newWorksheet("累计"), report, ProgressWorkbook.Line::cumulative,
					"累计 " + report.campaign().startsOn() + " 至 " + report.asOf());
			workbook.finish();
			completed = true;
		}
		finally {
			this.records.insertExport(ExportRecord.of(exportId, this.clock.instant(), report.caller(), Ledger.PROGRESS, report.grid().value(),
					report.headers(), report.lines().size(), completed));
		}
	}

	private void sheet(Worksheet sheet, Report report, Function<Line, ProgressFigures> period, String during)
			throws IOException {
		List<String> headers = report.headers();
		sheet.value(0, 0, Ledger.PROGRESS.title());
		sheet.range(0, 0, 0, headers.size() - 1).merge();
		sheet.value(1, 0, "填报单位：" + ((report.gridName() != null) ? report.gridName() : report.grid().value()));
		sheet.value(1, 3, "填报时间：" + report.asOf());
		sheet.value(1, 6, "统计期间：" + during);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(2, c, headers.get(c));
		}
		sheet.freezePane(2, 3);
		int r = 3;
		for (Line line : report.lines()) {
			List<Object> cells = cells(line.township(), line.village(), period.apply(line));
			for (int c = 0; c < cells.size(); c++) {
				if (cells.get(c) instanceof Number number) {
					sheet.value(r, c, number);
				}
				else {
					sheet.value(r, c, (String) cells.get(c));
				}
			}
			r++;
		}
		sheet.finish();
	}

	/** A line's cells, in the order of {@link #headers}. */
	static List<Object> cells(String township, String village, ProgressFigures figures) {
		List<Object> cells = new ArrayList<>(List.of(township, village,
				(figures.get(ProgressColumn.DEPLOYMENT_MEETINGS) > 0) ? "是" : "否"));
		for (ProgressColumn column : ProgressColumn.values()) {
			cells.add(figures.get(column));
		}
		figures.included().forEach((count) -> {
			cells.add(count.households());
			cells.add(count.people());
		});
		Map<RiskType, Integer> causes = figures.includedByCause()
			.stream()
			.collect(Collectors.toMap((cause) -> cause.riskType(), (cause) -> cause.households()));
		Arrays.stream(RiskType.values()).forEach((risk) -> cells.add(causes.getOrDefault(risk, 0)));
		return cells;
	}

	/**
	 * 镇街 行政村 是否专门安排部署, each {@link ProgressColumn}, then 纳入 by object type (户数, 人数) and by cause (户数),
	 * the types and causes named as the schema describes them.
	 */
	private static List<String> headers(GraphQLSchema schema) {
		List<String> headers = new ArrayList<>(List.of("镇街", "行政村", "是否专门安排部署"));
		Arrays.stream(ProgressColumn.values()).map(ProgressColumn::header).forEach(headers::add);
		GraphQLEnumType types = (GraphQLEnumType) schema.getType("CaseType");
		for (CaseType type : CaseType.values()) {
			String term = LedgerService.labels(types, type.name());
			headers.add("纳入" + term + "户数");
			headers.add("纳入" + term + "人数");
		}
		GraphQLEnumType risks = (GraphQLEnumType) schema.getType("RiskType");
		for (RiskType risk : RiskType.values()) {
			headers.add("其中" + LedgerService.labels(risks, risk.name()) + "纳入户数");
		}
		return List.copyOf(headers);
	}

	private Line line(ProgressRow row, String township, String village) {
		return new Line(township, village, row.week(), row.cumulative());
	}

	private String townshipName(GridCode village) {
		GridCode township = new GridCode(village.value().substring(0, GridLevel.TOWNSHIP.codeLength()));
		return this.grids.findAll(List.of(township)).stream().map(Grid::name).findFirst().orElse("");
	}

	private static String name(@Nullable Grid grid) {
		return (grid != null) ? grid.name() : "";
	}

	private static String code(@Nullable Grid grid) {
		return (grid != null) ? grid.code().value() : "";
	}

	private static @Nullable LocalDate day(@Nullable String asOf) {
		try {
			return (asOf != null) ? LocalDate.parse(asOf.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badInput("asOf 应为日期，如 2022-05-13 (asOf must be a date)");
		}
	}

}
