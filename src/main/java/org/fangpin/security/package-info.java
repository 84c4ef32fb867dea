/**
 * Who is calling and what they may do: the {@link org.fangpin.security.Caller} built once from a validated
 * token, with the duties (a role held in a grid) it holds, and the three declarations applied in one place
 * each: rows (the scope), actions ({@code @duty}, and what may be granted) and fields ({@code @personal},
 * {@code @visibleTo}), every one asked of the duties covering the record. The only package that knows about
 * JWTs and their claims; everything else receives a {@code Caller}. Its rooms: {@code tokens} (from a token to
 * the caller), {@code rows}, {@code duties} and {@code fields}; this package holds the caller and its duties,
 * which all of them speak of.
 */
@NullMarked
package org.fangpin.security;

import org.jspecify.annotations.NullMarked;
