/**
 * 网格编码: a grid's code and level, the value that callers, scopes, duties and the grid tree all speak of.
 */
@NullMarked
package org.fangpin.gridcode;

import org.jspecify.annotations.NullMarked;
