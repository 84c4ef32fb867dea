package org.fangpin.situation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A row of {@code income_line}: the monitoring income line of a year for a region (a county or province
 * code prefix), e.g. 6,700 yuan for Shaanxi in 2022 (seed 004), 9,600 yuan in Guangdong 2021 (seed 001).
 */
public record IncomeLine(long id, int year, String regionPrefix, BigDecimal amount, String setBy, Instant setAt) {
}
