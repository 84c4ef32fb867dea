package org.fangpin.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** For batch loading: the rows of one query, handed out to the parents they belong to. */
public final class Batches {

	private Batches() {
	}

	/**
	 * Groups {@code rows} by parent, in row order; every key is present, with an empty list if no row
	 * belongs to it (a parent without children must not be mistaken for one never loaded).
	 */
	public static <K, V> Map<K, List<V>> group(Collection<K> keys, List<V> rows, Function<V, K> parent) {
		Map<K, List<V>> grouped = new LinkedHashMap<>();
		keys.forEach((key) -> grouped.put(key, new ArrayList<>()));
		rows.forEach((row) -> grouped.computeIfAbsent(parent.apply(row), (key) -> new ArrayList<>()).add(row));
		return grouped;
	}

}
