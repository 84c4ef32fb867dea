package org.fangpin.graphql;

/**
 * A refusal that ends the field with a GraphQL error carrying {@code extensions.code}. The message is read
 * by a cadre: Chinese first, then the English code.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	public ApiException(ErrorCode code, String message) {
		super(message);
		this.code = code;
	}

	public ErrorCode code() {
		return this.code;
	}

	/** Out of scope and missing look the same: the caller learns nothing about rows it may not see. */
	public static ApiException notFound(String what) {
		return new ApiException(ErrorCode.NOT_FOUND, "未找到" + what + " (NOT_FOUND)");
	}

	public static ApiException forbidden(String message) {
		return new ApiException(ErrorCode.FORBIDDEN, message + " (FORBIDDEN)");
	}

	public static ApiException badInput(String message) {
		return new ApiException(ErrorCode.BAD_USER_INPUT, message + " (BAD_USER_INPUT)");
	}

}
