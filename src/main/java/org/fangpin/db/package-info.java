/**
 * Storage plumbing shared by the features: application-generated ids and batch writes.
 */
@NullMarked
package org.fangpin.db;

import org.jspecify.annotations.NullMarked;
