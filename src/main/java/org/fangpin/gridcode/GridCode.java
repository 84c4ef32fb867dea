package org.fangpin.gridcode;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 网格编码: a grid's code. The subtree of grid {@code X} is every code that starts with {@code X}.
 */
public record GridCode(String value) {

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	public GridCode {
		if (!isGridCode(value)) {
			throw new IllegalArgumentException("not a grid code: " + value);
		}
	}

	/** The code if it is one (6, 9, 12 or 14 digits), else empty. */
	public static Optional<GridCode> parse(String value) {
		return isGridCode(value) ? Optional.of(new GridCode(value)) : Optional.empty();
	}

	private static boolean isGridCode(String value) {
		return DIGITS.matcher(value).matches() && GridLevel.ofCodeLength(value.length()).isPresent();
	}

	public GridLevel level() {
		return GridLevel.ofCodeLength(this.value.length()).orElseThrow();
	}

	/** Whether {@code other} is this grid or lies below it. */
	public boolean covers(GridCode other) {
		return other.value.startsWith(this.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
