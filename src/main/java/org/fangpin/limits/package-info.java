/**
 * What one request may ask of the API: the size of its body and document, the depth, breadth and cost of
 * its operation, and how much cost each caller may spend per period.
 */
@NullMarked
package org.fangpin.limits;

import org.jspecify.annotations.NullMarked;
