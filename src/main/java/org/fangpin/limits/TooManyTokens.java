package org.fangpin.limits;

import java.util.Map;

import graphql.InvalidSyntaxError;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.ParsingListener;
import org.fangpin.graphql.ErrorCode;

/**
 * Stops the parser at the first token over the limit, so that a huge document costs no more than the limit
 * to refuse; the error says which limit, like the other limits do.
 */
final class TooManyTokens extends InvalidSyntaxException {

	private final int max;

	private TooManyTokens(int max, SourceLocation location) {
		super("查询文档过长：超过 " + max + " 个词法单元 (BAD_USER_INPUT: the document has more than " + max
				+ " tokens)", location, null, null, null);
		this.max = max;
	}

	/** A listener for one parse: it counts. */
	static ParsingListener counting(int max) {
		int[] count = { 0 };
		return (token) -> {
			if (++count[0] > max) {
				throw new TooManyTokens(max, new SourceLocation(token.getLine(), token.getCharPositionInLine() + 1));
			}
		};
	}

	@Override
	public InvalidSyntaxError toInvalidSyntaxError() {
		Map<String, Object> extensions = Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "limit", "maxTokens", "max",
				this.max);
		return new InvalidSyntaxError(getLocation(), getMessage()) {

			@Override
			public Map<String, Object> getExtensions() {
				return extensions;
			}

		};
	}

}
