/**
 * 台账: the county's ledgers (roster, measures, eliminated and not-eliminated cases) as spreadsheets streamed
 * to the caller, with the caller's rows and the fields the schema releases to them, each export recorded.
 */
@NullMarked
package org.fangpin.ledger;

import org.jspecify.annotations.NullMarked;
