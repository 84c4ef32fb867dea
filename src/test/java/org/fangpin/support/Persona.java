package org.fangpin.support;

/** The demo accounts of the realm (keycloak/fangpin-realm.json), as the tests log in with them. */
public enum Persona {

	/** county-officer of the demo county 999901. */
	COUNTY("county"),
	/** township-officer of township A, 999901100. */
	TOWNSHIP("township"),
	/** village-cadre of village A1, 999901100201. */
	VILLAGE("village"),
	/** grid-worker of group 99990110020101 in village A1. */
	WORKER("worker"),
	/** grid-worker of group 99990120020101 in village B1 of township B. */
	WORKER2("worker2"),
	/** auditor of the county. */
	AUDITOR("auditor"),
	/** department user of CIVIL_AFFAIRS, county scope. */
	CIVIL("civil"),
	/** resident of demo household 1001. */
	RESIDENT("resident"),
	/** grid-admin. */
	ADMIN("admin"),
	/** service account of the HEALTH department (client credentials). */
	HEALTH_SYSTEM("fangpin-dept-health"),
	/** service account of the EDUCATION department (client credentials). */
	EDUCATION_SYSTEM("fangpin-dept-education");

	private static final String DEPARTMENT_CLIENT = "fangpin-dept-";

	/** The password of every demo user. */
	static final String PASSWORD = "fangpin";

	private final String login;

	Persona(String login) {
		this.login = login;
	}

	String login() {
		return this.login;
	}

	boolean isServiceAccount() {
		return this.login.startsWith(DEPARTMENT_CLIENT);
	}

	/** The dev-only secret of a department client, as the realm file sets it. */
	String clientSecret() {
		return this.login.substring(DEPARTMENT_CLIENT.length()) + "-dev-secret";
	}

}
