/**
 * 网格: the four-level grid (county, township, village, group). A grid's code is its administrative
 * division code cut to its significant digits, so the code is also its path in the tree. Grid administrators
 * keep the tree here, mirrored into Keycloak's groups, and give people their grids in Keycloak.
 */
@NullMarked
package org.fangpin.grid;

import org.jspecify.annotations.NullMarked;
