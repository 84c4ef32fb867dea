package org.fangpin.security;

/**
 * A household as the duties see it: which one, and the group grid it lives in (the grids above follow from
 * the code).
 */
public interface HouseholdRow {

	long id();

	String groupCode();

}
