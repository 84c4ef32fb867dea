/**
 * What a caller may do: the {@code @duty} of each mutation asked of the duties covering the record, and
 * what may be granted to whom.
 */
@NullMarked
package org.fangpin.security.duties;

import org.jspecify.annotations.NullMarked;
