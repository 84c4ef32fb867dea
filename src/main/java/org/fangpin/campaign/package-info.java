/**
 * 集中排查: a county's inspection campaign (seed 004) — the inspection of every household with the village
 * meeting's conclusion, the look back at eliminated cases and the review of open ones, and the weekly
 * progress table (附件1) computed from these records.
 */
@NullMarked
package org.fangpin.campaign;

import org.jspecify.annotations.NullMarked;
