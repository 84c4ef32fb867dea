package org.fangpin.warning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the departments' change feed is served.
 *
 * @param settle a change is served, polled or pushed, once this old (see {@link WarningFeed#settledUpTo}); zero: at
 * once
 */
@ConfigurationProperties("fangpin.warnings.feed")
public record WarningFeedProperties(@DefaultValue("5s") Duration settle) {
}
