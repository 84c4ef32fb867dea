/**
 * 佐证材料: the files each step rests on (signed letters, minutes, notice photos, records of checks), uploaded
 * over HTTP as the mini-program can send them, checked and re-encoded from their bytes, kept in a blob store
 * (a local directory, or an S3-compatible store), attached to what they prove under the duty of that thing,
 * and given out only to those to whom what they carry is released.
 */
@NullMarked
package org.fangpin.evidence;

import org.jspecify.annotations.NullMarked;
