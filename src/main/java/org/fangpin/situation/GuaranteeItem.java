package org.fangpin.situation;

/** 两不愁三保障及饮水安全: food, clothing, compulsory education, basic medical care, housing safety, drinking water. */
public enum GuaranteeItem {

	FOOD, CLOTHING, EDUCATION, MEDICAL, HOUSING, WATER

}
