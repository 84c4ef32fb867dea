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

	LedgerExportController(LedgerService ledgers, DownloadBudget budget) {
		this.ledgers = ledgers;
		this.budget = budget;
	}

	@GetMapping("/ledgers/{ledger}.xlsx")
	void export(@PathVariable String ledger, @RequestParam(required = false) @Nullable String grid,
			@AuthenticationPrincipal Caller caller, HttpServletResponse response) throws IOException {
		LedgerService.Export<?> export = this.ledgers.prepare(caller, ledger, grid);
		try (DownloadBudget.Download download = this.budget.begin(caller, LedgerService.PAGE_SIZE,
				export.columns().size())) {
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + export.fileName());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			this.ledgers.write(export, download, unclosable(response.getOutputStream()));
		}
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
