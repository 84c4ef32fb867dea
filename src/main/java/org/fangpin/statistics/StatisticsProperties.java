package org.fangpin.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's snapshot.
 *
 * @param refreshInterval how often it is counted again: the figures lag the records by up to this long; zero: counted
 * once, when first asked for
 */
@ConfigurationProperties("fangpin.statistics")
record StatisticsProperties(Duration refreshInterval) {
}
