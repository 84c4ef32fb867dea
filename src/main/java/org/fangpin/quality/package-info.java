/**
 * 数据质量: findings of records to check and correct (seed 004, 核实补正), listed and counted under a grid
 * within the caller's scope.
 */
@NullMarked
package org.fangpin.quality;

import org.jspecify.annotations.NullMarked;
