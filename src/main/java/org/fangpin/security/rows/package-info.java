/**
 * The rows a caller may see: the {@link org.fangpin.security.rows.Scope} handed to every mapper call and its SQL
 * ({@code Scope.xml}), applied to reads and writes alike.
 */
@NullMarked
package org.fangpin.security.rows;

import org.jspecify.annotations.NullMarked;
