package org.fangpin.screening;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the screening rules.
 *
 * @param incomeDropRatio a per-capita income this much lower than the year before is a risk (0.30: down 30 %
 * or more)
 * @param rigidExpenditureRatio rigid expenditure above this share of net income is a risk (0.5: more than half)
 */
@ConfigurationProperties("fangpin.screening")
record ScreeningProperties(BigDecimal incomeDropRatio, BigDecimal rigidExpenditureRatio) {
}
