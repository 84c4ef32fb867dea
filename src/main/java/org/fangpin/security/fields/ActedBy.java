package org.fangpin.security.fields;

/**
 * A record of something cadres did, with the roles they held: a resident reads who acted by role, a field
 * declared {@code @internal(byRole: true)} giving the roles' names in place of the cadre's.
 */
public interface ActedBy {

	/** The roles of whoever acted, comma-separated as recorded. */
	String actingRoles();

}
