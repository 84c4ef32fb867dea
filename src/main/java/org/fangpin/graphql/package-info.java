/**
 * The GraphQL plumbing every feature shares, written once: global ids, error codes.
 */
@NullMarked
package org.fangpin.graphql;

import org.jspecify.annotations.NullMarked;
