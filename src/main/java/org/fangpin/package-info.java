/**
 * fangpin (防贫): the GraphQL API for the dynamic monitoring of households at risk of falling (back)
 * into poverty. One package per feature; {@code security} and {@code graphql} hold the plumbing that
 * every feature shares.
 */
@NullMarked
package org.fangpin;

import org.jspecify.annotations.NullMarked;
