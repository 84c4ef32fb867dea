package org.fangpin.monitoring;

/** 风险消除方式 (seed 003): stable elimination after assistance, or natural elimination. */
public enum EliminationKind {

	STABLE, NATURAL

}
