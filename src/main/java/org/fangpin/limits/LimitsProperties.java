package org.fangpin.limits;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits on a request, checked before anything runs. The values in {@code application.yml} let every
 * screen of the consoles through with a wide margin and refuse documents built to exhaust the API.
 *
 * @param maxRequestSize the largest body of a request to the GraphQL endpoint
 * @param maxBatchRequestSize the largest body of a department account's request: a batch of warnings
 * @param maxTokens the most grammar tokens (names, punctuation, values) in a document
 * @param maxDepth the deepest nesting of fields in an operation (root fields are at depth 1)
 * @param maxFields the most fields an operation selects, counted with its fragments spread out
 * @param maxAliases the most aliased fields in an operation, counted the same way
 * @param maxCost the highest cost of an operation (see {@link OperationShape})
 * @param listSize what an unpaged list (a household's members, a case's timeline) is assumed to hold
 * @param rate the cost each caller may spend over time
 */
@ConfigurationProperties("fangpin.limits")
public record LimitsProperties(DataSize maxRequestSize, DataSize maxBatchRequestSize, int maxTokens, int maxDepth, int maxFields, int maxAliases,
		long maxCost, int listSize, Rate rate) {

	public LimitsProperties {
		if (rate.enabled() && rate.capacity() < maxCost) {
			// a request within the cost limit could otherwise never be served
			throw new IllegalArgumentException("fangpin.limits.rate.capacity must be at least fangpin.limits.max-cost");
		}
	}

	/**
	 * Each caller (a person, or a department system's service account) has a bucket of {@code capacity}
	 * cost units, refilled evenly over {@code period}; every request takes its cost out of it.
	 */
	public record Rate(boolean enabled, long capacity, Duration period) {
	}

}
