package org.fangpin.offline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the grids' change feed ({@link GridChanges}) is served.
 *
 * @param settle a change is served once this old (feed ids are time-ordered, not commit-ordered); zero: at once
 */
@ConfigurationProperties("fangpin.changes")
public record ChangesProperties(@DefaultValue("5s") Duration settle) {
}
