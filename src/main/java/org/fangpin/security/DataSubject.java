package org.fangpin.security;

import org.jspecify.annotations.Nullable;

/**
 * A record that holds personal data of the people of one household, so that the access log can name whose
 * data a caller was shown.
 */
public interface DataSubject {

	/** The household whose people the data is of; null for a person the county has not registered. */
	@Nullable Long dataSubjectHousehold();

}
