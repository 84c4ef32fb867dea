/**
 * 问题清单: problems found on a grid, household or case (seed 004, 附件6), each with a responsible person,
 * a measure and a deadline, rectified by the grid's cadres and verified by the level above (对账销号).
 */
@NullMarked
package org.fangpin.problem;

import org.jspecify.annotations.NullMarked;
