package org.fangpin.quality;

/**
 * The data-quality findings resolved under one grid in a period: 补正数据 of the campaign's progress table.
 *
 * @param gridCode the grid of the level counted by
 * @param resolved findings the sweep saw and then no longer saw in the period (and has not seen again since)
 */
public record ResolvedCount(String gridCode, int resolved) {
}
