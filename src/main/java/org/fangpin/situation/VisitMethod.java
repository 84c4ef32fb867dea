package org.fangpin.situation;

/** 走访方式. */
public enum VisitMethod {

	IN_PERSON, PHONE, WECHAT, OTHER

}
