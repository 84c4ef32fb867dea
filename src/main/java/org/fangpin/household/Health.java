package org.fangpin.household;

/** 健康状况: healthy, chronic illness (长期慢性病) or serious illness (大病). */
public enum Health {

	HEALTHY, CHRONIC_ILLNESS, SERIOUS_ILLNESS

}
