package org.fangpin.monitoring;

/**
 * 负面清单: what usually keeps a household out of monitoring, checked at the township's household check (seed 000
 * 第三条). An item that applies does not exclude a household by itself: where its 两不愁三保障 is really at risk,
 * it is identified all the same, with the reason.
 */
public enum NegativeListItem {

	/** 家庭成员有财政供养人员. */
	PUBLIC_EMPLOYEE,
	/** 在城镇购有商品房或门面房. */
	URBAN_PROPERTY,
	/** 拥有非营运机动车. */
	PRIVATE_VEHICLE,
	/** 经营公司或个体工商户. */
	BUSINESS,
	/** 其他负面清单情形. */
	OTHER

}
