package org.fangpin.ledger;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.fangpin.graphql.ApiException;
import org.fangpin.limits.DownloadBudget;
import org.fangpin.limits.RateLimited;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /ledgers/{ledger}.xlsx?grid=…}: a ledger as a spreadsheet, under the same bearer token, row
 * scope, field release and rate budget as the GraphQL API. Refusals come before the first byte, as JSON with
 * the code the API would have given.
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

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Map<String, String>> refused(ApiException refusal) {
		HttpStatus status = switch (refusal.code()) {
			case NOT_FOUND, PERSISTED_QUERY_NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case BAD_USER_INPUT -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case CONFLICT -> HttpStatus.CONFLICT;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
			case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
		if (refusal instanceof RateLimited limited) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
		}
		return answer.body(Map.of("code", refusal.code().name(), "message", refusal.getMessage()));
	}

}
