/**
 * The fields a caller may see: the schema's {@code @personal} and {@code @visibleTo} declarations wired into
 * exactly the fields they govern, what is released to whom, and the log of sensitive reads.
 */
@NullMarked
package org.fangpin.security.fields;

import org.jspecify.annotations.NullMarked;
