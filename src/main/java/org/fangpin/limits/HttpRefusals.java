package org.fangpin.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.ErrorCode;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The refusals of the HTTP endpoints beside GraphQL (ledger downloads, evidence files): the code and the
 * message the API would have given, as JSON, with the HTTP status that says the same, before the first byte
 * of an answer.
 */
@RestControllerAdvice
public class HttpRefusals {

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Map<String, String>> refused(ApiException refusal) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status(refusal.code()));
		if (refusal instanceof RateLimited limited) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
		}
		return answer.body(body(refusal.code(), null, refusal.getMessage()));
	}

	/** An upload larger than the multipart limits, refused while it is read and before it is stored. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException refusal) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(body(ErrorCode.BAD_USER_INPUT, "FILE_TOO_LARGE",
					"文件过大 (FILE_TOO_LARGE: the upload exceeds " + refusal.getMaxUploadSize() + " bytes)"));
	}

	/** {@code code} and {@code message}, and {@code reason} where a refusal has one for the client to act on. */
	public static Map<String, String> body(ErrorCode code, @Nullable String reason,
			String message) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("code", code.name());
		if (reason != null) {
			body.put("reason", reason);
		}
		body.put("message", message);
		return body;
	}

	private static HttpStatus status(ErrorCode code) {
		return switch (code) {
			case NOT_FOUND, PERSISTED_QUERY_NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case BAD_USER_INPUT -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case CONFLICT -> HttpStatus.CONFLICT;
			case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
			case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

}
