/**
 * 控制台: the county console, a single-page application built from {@code console/}, served as static files at
 * {@code /console/} under a strict Content-Security-Policy; it logs people in with Keycloak and asks the API with
 * their own tokens.
 */
@NullMarked
package org.fangpin.console;

import org.jspecify.annotations.NullMarked;
