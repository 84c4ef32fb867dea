package org.fangpin.situation;

/** 保障状态. */
public enum GuaranteeState {

	SECURED, AT_RISK, NOT_SECURED

}
