package org.fangpin.campaign;

/** What a campaign checks of a case: an eliminated one is looked back at, an open one reviewed. */
public enum CaseCheckKind {

	/** 回头看 (附件4). */
	LOOK_BACK,
	/** 研判 (附件5). */
	REVIEW

}
