/**
 * 统计: the dashboard figures of a grid in the caller's scope, broken down by its child grids.
 */
@NullMarked
package org.fangpin.statistics;

import org.jspecify.annotations.NullMarked;
