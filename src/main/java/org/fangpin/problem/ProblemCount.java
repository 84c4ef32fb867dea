package org.fangpin.problem;

/**
 * The problems of a campaign under one grid in a period, for the progress table.
 *
 * @param gridCode the grid of the level counted by
 * @param found raised in the period
 * @param rectified rectified in the period (and not reopened since)
 */
public record ProblemCount(String gridCode, int found, int rectified) {
}
