package org.fangpin.graphql;

import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection page, the one shape every {@code …Connection} type of the schema is read from: its
 * fields {@code edges}, {@code pageInfo} and {@code totalCount} are this record's. The total is counted
 * only when a client asks for it.
 *
 * @param counter counts the rows of all pages
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	public long totalCount() {
		return this.counter.getAsLong();
	}

}
