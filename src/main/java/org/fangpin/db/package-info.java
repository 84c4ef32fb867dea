/**
 * Storage plumbing shared by the features: application-generated ids.
 */
@NullMarked
package org.fangpin.db;

import org.jspecify.annotations.NullMarked;
