package org.fangpin.campaign;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the key categories derived from the data (seed 004, 十类人群).
 *
 * @param nearLineRatio per-capita net income under this multiple of the campaign's line is near it (1.2)
 * @param incomeDropRatio per-capita income this much lower than the year before fell sharply (0.30)
 * @param rigidExpenditureRatio rigid expenditure above this share of net income is high (0.5)
 * @param nonCompulsoryChildren this many members in non-compulsory schooling make several (2)
 * @param wageShare a household whose wages are at least this share of its income lives on work (0.5)
 * @param stableMonthsWorked a worker of fewer months in the year works unstably (6)
 */
@ConfigurationProperties("fangpin.campaign")
record CampaignProperties(BigDecimal nearLineRatio, BigDecimal incomeDropRatio, BigDecimal rigidExpenditureRatio,
		int nonCompulsoryChildren, BigDecimal wageShare, int stableMonthsWorked) {
}
