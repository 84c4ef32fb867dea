package org.fangpin.security;

/**
 * 个人信息类别: the kinds of personal data that are released by duty. Schema fields declare theirs with
 * {@code @personal(kind: …)}; {@link FieldPolicy} says who gets each in clear.
 */
public enum PersonalData {

	/** 身份证号: in clear to village level and above, and to the resident for their own household. */
	ID_NUMBER,
	/** 联系电话: masked for departments and auditors. */
	PHONE,
	/** 健康与残疾: to village level and above, the resident, and the health-related departments only. */
	HEALTH

}
