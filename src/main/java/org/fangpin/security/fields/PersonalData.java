package org.fangpin.security.fields;

/**
 * 个人信息类别: the kinds of personal data that are released by duty. Schema fields declare theirs with
 * {@code @personal(kind: …)}; {@link FieldPolicy} says who gets each in clear.
 */
public enum PersonalData {

	/** 身份证号: in clear to village level and above, and to the resident for their own household. */
	ID_NUMBER(true),
	/** 联系电话: masked for departments and auditors. */
	PHONE(false),
	/** 健康与残疾: to village level and above, the resident, and the health-related departments only. */
	HEALTH(true);

	private final boolean sensitive;

	PersonalData(boolean sensitive) {
		this.sensitive = sensitive;
	}

	/**
	 * 敏感个人信息: health data (PIPL art. 28, 医疗健康) and ID numbers (GB/T 35273, 身份证件号码), whose release
	 * in full is logged ({@link SensitiveAccessLog}). A phone is personal but not sensitive in either text.
	 */
	public boolean sensitive() {
		return this.sensitive;
	}

}
