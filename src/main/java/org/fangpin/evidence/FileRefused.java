package org.fangpin.evidence;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.ErrorCode;

import org.springframework.http.HttpStatus;

/** An upload refused for what the file is: nothing of it is stored. Answered with its reason and HTTP status. */
final class FileRefused extends ApiException {

	/** Why, for a client to act on: the file is too large, of a type not taken, unreadable, or unsafe. */
	enum Reason {

		FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE), IMAGE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
		TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE), UNREADABLE(HttpStatus.UNPROCESSABLE_CONTENT),
		UNSAFE_PDF(HttpStatus.UNPROCESSABLE_CONTENT);

		private final HttpStatus status;

		Reason(HttpStatus status) {
			this.status = status;
		}

		HttpStatus status() {
			return this.status;
		}

	}

	private final Reason reason;

	FileRefused(Reason reason, String message) {
		super(ErrorCode.BAD_USER_INPUT, message + " (" + reason + ")");
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

}
