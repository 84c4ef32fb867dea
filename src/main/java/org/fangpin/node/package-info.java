/**
 * {@code Query.node}: any record by its global id, through the resolver each feature registers for its type.
 */
@NullMarked
package org.fangpin.node;

import org.jspecify.annotations.NullMarked;
