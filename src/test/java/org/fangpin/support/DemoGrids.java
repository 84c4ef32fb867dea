package org.fangpin.support;

/** Grid codes of the demo county that the personas hold or test against. */
public final class DemoGrids {

	public static final String COUNTY = "999901";

	public static final String TOWNSHIP_A = "999901100";

	public static final String VILLAGE_A1 = "999901100201";

	public static final String VILLAGE_A2 = "999901100202";

	/** The group of {@link Persona#WORKER}. */
	public static final String GROUP_A1_1 = "99990110020101";

	public static final String GROUP_A1_2 = "99990110020102";

	public static final String GROUP_A2_1 = "99990110020201";

	public static final String TOWNSHIP_B = "999901200";

	/** The group of {@link Persona#WORKER2}. */
	public static final String GROUP_B1_1 = "99990120020101";

	public static final String GROUP_B1_2 = "99990120020102";

	private DemoGrids() {
	}

}
