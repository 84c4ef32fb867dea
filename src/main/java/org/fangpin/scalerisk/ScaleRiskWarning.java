package org.fangpin.scalerisk;

import org.fangpin.grid.Grid;
import org.fangpin.monitoring.RiskType;

/** 规模性风险 as the schema shows it: one grid and risk type, its figures and whether they jumped. */
public record ScaleRiskWarning(Grid grid, RiskType riskType, int leads7, int leads30, int cases30, double baseline7,
		double baseline30, double peerAverage30, boolean flagged, String explanation) {
}
