package org.fangpin.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits on a request, checked before anything runs. The values in {@code application.yml} let every
 * screen of the consoles through with a wide margin and refuse documents built to exhaust the API.
 *
 * @param maxRequestSize the largest body of a request to the GraphQL endpoint
 * @param maxTokens the most grammar tokens (names, punctuation, values) in a document
 * @param maxDepth the deepest nesting of fields in an operation (root fields are at depth 1)
 * @param maxFields the most fields an operation selects, counted with its fragments spread out
 * @param maxAliases the most aliased fields in an operation, counted the same way
 * @param maxCost the highest cost of an operation (see {@link OperationShape})
 * @param listSize what an unpaged list (a household's members, a case's timeline) is assumed to hold
 */
@ConfigurationProperties("fangpin.limits")
public record LimitsProperties(DataSize maxRequestSize, int maxTokens, int maxDepth, int maxFields, int maxAliases,
		long maxCost, int listSize) {
}
