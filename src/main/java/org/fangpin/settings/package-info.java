/**
 * 县级设置: a county's own values for what the seeds leave to the county or let it tighten (the identification
 * deadline, how recent a visit counts for elimination, the township's verification period), with defaults
 * from configuration, changed by the county's officers and kept in the audit trail: one mechanism that every
 * feature needing a county's own value reads.
 */
@NullMarked
package org.fangpin.settings;

import org.jspecify.annotations.NullMarked;
