/**
 * 规模性返贫风险预警: grids whose new risk leads jump against their own past and their peers (seeds 001
 * and 004: a flood on one township, a factory closing), with the numbers that explain the flag.
 */
@NullMarked
package org.fangpin.scalerisk;

import org.jspecify.annotations.NullMarked;
