/**
 * Who is calling: the {@link org.fangpin.security.Caller} built once from a validated token. The only
 * package that knows about JWTs and their claims; everything else receives a {@code Caller}.
 */
@NullMarked
package org.fangpin.security;

import org.jspecify.annotations.NullMarked;
