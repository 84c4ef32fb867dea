package org.fangpin.gridcode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 网格编码: a grid's code. The subtree of grid {@code X} is every code that starts with {@code X}.
 */
public record GridCode(String value) {

	public GridCode {
		if (!isGridCode(value)) {
			throw new IllegalArgumentException("not a grid code: " + value);
		}
	}

	/** The code if it is one (6, 9, 12 or 14 digits), else empty. */
	public static Optional<GridCode> parse(String value) {
		return isGridCode(value) ? Optional.of(new GridCode(value)) : Optional.empty();
	}

	/** Read for every code of every row a mapper reads: a loop over the digits, not a regular expression. */
	private static boolean isGridCode(String value) {
		if (GridLevel.ofCodeLength(value.length()).isEmpty()) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	public GridLevel level() {
		return GridLevel.ofCodeLength(this.value.length()).orElseThrow();
	}

	/**
	 * This grid and the grids above it, county first: the equalities on the household columns of their levels
	 * put a household under this grid, and let one index over the four columns serve every level.
	 */
	public List<GridCode> lineage() {
		return Arrays.stream(GridLevel.values())
			.filter((level) -> level.codeLength() <= this.value.length())
			.map((level) -> new GridCode(this.value.substring(0, level.codeLength())))
			.toList();
	}

	/** The column of {@code household} that holds a household's grid of this grid's level (for SQL). */
	public String getHouseholdColumn() {
		return level().getHouseholdColumn();
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
