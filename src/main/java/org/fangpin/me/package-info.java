/**
 * 我: the caller as the API sees it, so that a client (and a person setting up Keycloak) can check
 * which roles, grids, department or household a token carries.
 */
@NullMarked
package org.fangpin.me;

import org.jspecify.annotations.NullMarked;
