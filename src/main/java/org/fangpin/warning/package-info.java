/**
 * 部门筛查预警: department systems push screening warnings in batches; matched ones become leads that the
 * township verifies, unmatched ones are listed for the county, and each department follows its own through the
 * change feed (polled, or pushed to its webhook).
 */
@NullMarked
package org.fangpin.warning;

import org.jspecify.annotations.NullMarked;
