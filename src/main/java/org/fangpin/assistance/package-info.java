/**
 * 帮扶: the measures planned and carried out for a monitored case (seed 000: ten categories; seed 002: one
 * plan per household, one measure per person), and the flags the lifecycle reads from them.
 */
@NullMarked
package org.fangpin.assistance;

import org.jspecify.annotations.NullMarked;
