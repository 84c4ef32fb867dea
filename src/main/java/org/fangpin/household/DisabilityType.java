package org.fangpin.household;

/** 残疾类别 (GB/T 26341): visual, hearing, speech, physical, intellectual, mental, multiple. */
public enum DisabilityType {

	VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE

}
