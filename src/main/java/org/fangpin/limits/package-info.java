/**
 * What one request may ask of the API (the size of its body and document, the depth, breadth and cost of
 * its operation, how much cost each caller may spend per period, downloads included, which documents a client
 * may run), and the one log line that says what it did.
 */
@NullMarked
package org.fangpin.limits;

import org.jspecify.annotations.NullMarked;
