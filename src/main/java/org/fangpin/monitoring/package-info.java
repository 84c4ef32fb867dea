/**
 * 监测: risk leads, monitored cases and their lifecycle from the first lead through identification,
 * monitoring and risk elimination to rollback or clearance (seeds 001, 003, 004). Every transition is a
 * {@link org.fangpin.monitoring.Transition}: who may take it, from which states, to which.
 */
@NullMarked
package org.fangpin.monitoring;

import org.jspecify.annotations.NullMarked;
