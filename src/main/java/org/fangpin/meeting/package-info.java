/**
 * 村级会议: a village's own meetings outside campaigns (the weekly Thursday judgment, the work team's monthly
 * meeting), the households they discussed and the decisions taken on each.
 */
@NullMarked
package org.fangpin.meeting;

import org.jspecify.annotations.NullMarked;
