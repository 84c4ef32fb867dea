package org.fangpin.ledger;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.fangpin.limits.DownloadBudget;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ledgers/{ledger}.xlsx?grid=…}: a ledger as a spreadsheet, under the same bearer token, row
 * scope, field release and rate budget as the GraphQL API. Refusals come before the first byte, as JSON with
 * the code the API would have given ({@link org.fangpin.limits.HttpRefusals}).
 */
@RestController
class LedgerExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final LedgerService ledgers;

	private final DownloadBudget budget;

	private final ProgressWorkbook progress;

	LedgerExportController(LedgerService ledgers, ProgressWorkbook progress, DownloadBudget budget) {
		this.ledgers = ledgers;
		this.progress = progress;
		this.budget = budget;
	}

	@GetMapping("/ledgers/{ledger}.xlsx")
	void export(@PathVariable String ledger, @RequestParam(required = false) @Nullable String grid,
			@RequestParam(required = false) @Nullable String campaign, @AuthenticationPrincipal Caller caller,
			HttpServletResponse response) throws IOException {
		LedgerService.Export<?> export = this.ledgers.prepare(caller, ledger, grid, campaign);
		try (DownloadBudget.Download download = this.budget.begin(caller, LedgerService.PAGE_SIZE,
				export.columns().size())) {
			start(response, export.fileName());
			this.ledgers.write(export, download, unclosable(response.getOutputStream()));
		}
	}

	/** 附件1 of a campaign for a grid, as of a day (today by default), all its rows read before the first byte. */
	@GetMapping("/ledgers/progress.xlsx")
	void progress(@RequestParam String campaign, @RequestParam(required = false) @Nullable String grid,
			@RequestParam(required = false) @Nullable String asOf, @AuthenticationPrincipal Caller caller,
			HttpServletResponse response) throws IOException {
		ProgressWorkbook.Report report = this.progress.prepare(caller, campaign, grid, asOf);
		try (DownloadBudget.Download download = this.budget.begin(caller, LedgerService.PAGE_SIZE,
				report.headers().size())) {
			start(response, report.fileName());
			this.progress.write(report, download, unclosable(response.getOutputStream()));
		}
	}

	private static void start(HttpServletResponse response, String fileName) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + fileName);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/**
	 * The response's stream, which the workbook may flush but not close: closing it would end the response
	 * before the export's record is written and the download is over, and the client could start the next one
	 * (or read the record) first.
	 */
	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

}
