package org.fangpin.graphql;

import java.util.List;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

/**
 * A Relay connection page. {@code totalCount} is counted only when a client asks for it.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

	public long count() {
		return this.totalCount.getAsLong();
	}

}
