/**
 * 审计: the append-only record that every mutation writes, in its own transaction, with personal data
 * masked.
 */
@NullMarked
package org.fangpin.audit;

import org.jspecify.annotations.NullMarked;
