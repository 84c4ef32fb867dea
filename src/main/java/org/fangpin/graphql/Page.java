package org.fangpin.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

/**
 * A page request of a Relay connection: {@code first} (1 to {@value #MAX_SIZE}, {@value #DEFAULT_SIZE} if
 * absent) rows after the cursor {@code after}. Cursors carry the last id seen, so a page is a keyset
 * range ({@code id > after ORDER BY id LIMIT first + 1}), never an OFFSET that reads and throws away.
 *
 * @param size rows to return
 * @param afterId the id after which the page starts, null for the first page
 */
public record Page(int size, @Nullable Long afterId) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private static final String CURSOR_PREFIX = "after:";

	public static Page of(@Nullable Integer first, @Nullable String after) {
		int size = (first != null) ? first : DEFAULT_SIZE;
		if (size < 1 || size > MAX_SIZE) {
			throw ApiException.badInput("first 应在 1 到 " + MAX_SIZE + " 之间 (first must be 1.." + MAX_SIZE + ")");
		}
		return new Page(size, (after != null) ? decodeCursor(after) : null);
	}

	/** Rows to fetch: one more than the page, to learn whether another page follows. */
	public int fetchSize() {
		return this.size + 1;
	}

	/** The connection over rows fetched with {@link #fetchSize()}. */
	public <T> Connection<T> toConnection(List<T> rows, ToLongFunction<T> id, LongSupplier totalCount) {
		boolean hasNext = rows.size() > this.size;
		List<Connection.Edge<T>> edges = rows.stream()
			.limit(this.size)
			.map((row) -> new Connection.Edge<>(row, encodeCursor(id.applyAsLong(row))))
			.toList();
		Connection.PageInfo pageInfo = new Connection.PageInfo(hasNext, this.afterId != null,
				edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
		return new Connection<>(edges, pageInfo, totalCount);
	}

	static String encodeCursor(long id) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + id).getBytes(StandardCharsets.UTF_8));
	}

	private static long decodeCursor(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(CURSOR_PREFIX)) {
				return Long.parseLong(text.substring(CURSOR_PREFIX.length()));
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw ApiException.badInput("after 不是有效的游标 (after is not a cursor of this connection)");
	}

}
