package org.fangpin.monitoring;

/**
 * A condition of elimination that is not met: which one, and what a cadre reads about it.
 *
 * @param message in Chinese, e.g. {@code 有2项帮扶措施未完成}
 */
public record EliminationBlocker(EliminationCheck check, String message) {
}
