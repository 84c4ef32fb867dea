package org.fangpin.campaign;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the key categories derived from the data (seed 004, 十类人群) that only campaigns use; those
 * of income drop and rigid expenditure are the county's settings, shared with the screening rules.
 *
 * @param nearLineRatio per-capita net income under this multiple of the campaign's line is near it (1.2)
 * @param nonCompulsoryChildren this many members in non-compulsory schooling make several (2)
 * @param wageShare a household whose wages are at least this share of its income lives on work (0.5)
 * @param stableMonthsWorked a worker of fewer months in the year works unstably (6)
 */
@ConfigurationProperties("fangpin.campaign")
record CampaignProperties(BigDecimal nearLineRatio, int nonCompulsoryChildren, BigDecimal wageShare,
		int stableMonthsWorked) {
}
