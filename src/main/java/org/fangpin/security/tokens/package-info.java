/**
 * From a validated token to a {@link org.fangpin.security.Caller}: the filter chain, the signing keys, the
 * claims, the resident's binding, and the answer to a request without a valid token. The only place that knows
 * about JWTs.
 */
@NullMarked
package org.fangpin.security.tokens;

import org.jspecify.annotations.NullMarked;
