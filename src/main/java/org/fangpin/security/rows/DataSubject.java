package org.fangpin.security.rows;

import org.jspecify.annotations.Nullable;

/**
 * A record that holds personal data of the people of one household (or of a grid's people): where the data
 * lives decides which of the caller's duties release it, and the access log names whose data was shown.
 */
public interface DataSubject {

	/** The household whose people the data is of; null for a person the county has not registered. */
	@Nullable Long dataSubjectHousehold();

	/**
	 * The code of the grid the data lives in: the household's group grid, or the grid a record belongs to (a
	 * grid's own workers, the county of a person not registered). Only a duty covering it releases the data.
	 */
	String dataSubjectGrid();

	/** Data of a whole grid rather than of one household (a search over it): released as the grid's duties say. */
	static DataSubject grid(String code) {
		return new DataSubject() {
			@Override
			public @Nullable Long dataSubjectHousehold() {
				return null;
			}

			@Override
			public String dataSubjectGrid() {
				return code;
			}
		};
	}

}
