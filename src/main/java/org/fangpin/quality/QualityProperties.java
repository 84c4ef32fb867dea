package org.fangpin.quality;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data-quality sweep (its schedule, {@code fangpin.quality.sweep-cron}, is read by the scheduler itself).
 *
 * @param sweepLease how long an instance holds the sweep before another may take it over
 */
@ConfigurationProperties("fangpin.quality")
record QualityProperties(@DefaultValue("30m") Duration sweepLease) {
}
