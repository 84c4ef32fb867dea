/**
 * 离线: what a device that works with a weak signal needs: client keys that make a create safe to send again,
 * the device's time of each act, and the change feed of its grid to catch up after a cursor.
 */
@NullMarked
package org.fangpin.offline;

import org.jspecify.annotations.NullMarked;
