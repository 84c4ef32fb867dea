package org.fangpin.security.rows;

/**
 * A household as the duties see it: which one, and the group grid it lives in (the grids above follow from
 * the code). Its own personal data (the household's phone) lives there too.
 */
public interface HouseholdRow extends DataSubject {

	long id();

	String groupCode();

	@Override
	default Long dataSubjectHousehold() {
		return id();
	}

	@Override
	default String dataSubjectGrid() {
		return groupCode();
	}

}
