/**
 * 筛查规则: the system's own screening. On every new income record, visit or member change, rules look
 * for the risks of seeds 001 and 004 and raise a lead (source RULE) for the village to decide; a rule
 * never raises a second open lead for the same household and cause.
 */
@NullMarked
package org.fangpin.screening;

import org.jspecify.annotations.NullMarked;
