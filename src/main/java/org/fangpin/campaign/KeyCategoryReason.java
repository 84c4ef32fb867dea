package org.fangpin.campaign;

/**
 * One key category of a household, and why: the data that put it there, or the cadre's flag.
 *
 * @param priority a particular case the seed names first (the latest alleviation year, a single-person
 * household, a severe disability, several disabled members, income under the line)
 */
public record KeyCategoryReason(KeyCategory category, String reason, boolean flagged, boolean priority) {
}
