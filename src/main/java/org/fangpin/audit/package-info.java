/**
 * 审计: the append-only records auditors read: what every mutation changed, in its own transaction, with
 * personal data masked; and who was shown sensitive personal data of which households.
 */
@NullMarked
package org.fangpin.audit;

import org.jspecify.annotations.NullMarked;
