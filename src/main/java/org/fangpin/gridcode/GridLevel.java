package org.fangpin.gridcode;

import java.util.Arrays;
import java.util.Optional;

/** 网格层级: the level of a grid follows from the length of its code. */
public enum GridLevel {

	/** 县/区级网格: six digits, e.g. {@code 640422}. */
	COUNTY(6),
	/** 乡级网格: county + three digits. */
	TOWNSHIP(9),
	/** 村级网格: township + three digits. */
	VILLAGE(12),
	/** 村组网格: village + two digits; 20–40 households, at most 70 (seed 002). */
	GROUP(14);

	private final int codeLength;

	GridLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return this.codeLength;
	}

	/** The column of {@code household} that holds a household's grid of this level. */
	public String getHouseholdColumn() {
		return name().toLowerCase(java.util.Locale.ROOT) + "_code";
	}

	static Optional<GridLevel> ofCodeLength(int length) {
		return Arrays.stream(values()).filter((level) -> level.codeLength == length).findFirst();
	}

}
