package org.fangpin.scalerisk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a grid's new leads of one risk type are a scale risk.
 *
 * @param baselineDays the days before the last 30 whose average is the grid's own baseline (180)
 * @param jumpRatio flagged at this multiple of the baseline (2.0)
 * @param peerRatio flagged at this multiple of the peers' average (2.0)
 * @param minimumLeads never flagged below this many leads in the window (3): one case is not a scale
 */
@ConfigurationProperties("fangpin.scale-risk")
record ScaleRiskProperties(int baselineDays, double jumpRatio, double peerRatio, int minimumLeads) {
}
