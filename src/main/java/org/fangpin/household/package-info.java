/**
 * 农户 and 家庭成员: households, the unit of monitoring, and their members, with the ID numbers that are
 * validated, encrypted and looked up here only.
 */
@NullMarked
package org.fangpin.household;

import org.jspecify.annotations.NullMarked;
