/**
 * Benchmarks: programs that load a realistic volume into the real database and print figures. Run them
 * as README.md says; they are not tests and assert nothing.
 */
@NullMarked
package org.fangpin.bench;

import org.jspecify.annotations.NullMarked;
