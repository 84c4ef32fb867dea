package org.fangpin.monitoring;

/** 监测对象类型: 脱贫不稳定户, 边缘易致贫户, 突发严重困难户. */
public enum CaseType {

	UNSTABLE_ALLEVIATED, MARGINAL, SUDDEN_HARDSHIP

}
