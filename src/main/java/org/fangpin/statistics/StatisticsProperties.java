package org.fangpin.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's snapshot.
 *
 * @param refreshInterval how often it is counted again: the figures lag the records by up to this long; zero: counted
 * once, when first asked for
 * @param countClaim how long an instance's claim to count holds the others back: longer than a count takes (a
 * fresh database's first, with its sweep, takes minutes); an instance stopped mid-count is counted for after it
 */
@ConfigurationProperties("fangpin.statistics")
record StatisticsProperties(Duration refreshInterval, @DefaultValue("30m") Duration countClaim) {
}
