/**
 * 低保与特困: civil affairs' decisions on a household's subsistence allowance and extreme-poverty support, fed into
 * the household's status and its income records (seed 001, 七(二)).
 */
@NullMarked
package org.fangpin.welfare;

import org.jspecify.annotations.NullMarked;
