/**
 * 家庭状况: what a household lives on and how it is doing — income records against the income line,
 * visits and the guarantees they assess (两不愁三保障及饮水安全), and the ten must-visit categories
 * (seed 002, 十必访) derived from it all.
 */
@NullMarked
package org.fangpin.situation;

import org.jspecify.annotations.NullMarked;
