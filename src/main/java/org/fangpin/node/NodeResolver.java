package org.fangpin.node;

import java.util.function.BiFunction;

import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

/** How {@code Query.node} finds a record of one type, within the caller's scope. */
public interface NodeResolver {

	/** The GraphQL type name the resolver serves, as in the global id. */
	String typeName();

	/** The record if it exists and is in the caller's scope, else null. */
	@Nullable Object find(Caller caller, long id);

	/**
	 * Whether department accounts may look records of this type up: only where the type has fields open
	 * to them, or even its existence would tell them something.
	 */
	default boolean openToDepartments() {
		return false;
	}

	static NodeResolver of(String typeName, BiFunction<Caller, Long, @Nullable Object> find) {
		return of(typeName, false, find);
	}

	static NodeResolver of(String typeName, boolean openToDepartments, BiFunction<Caller, Long, @Nullable Object> find) {
		return new NodeResolver() {

			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public boolean openToDepartments() {
				return openToDepartments;
			}

			@Override
			public @Nullable Object find(Caller caller, long id) {
				return find.apply(caller, id);
			}

		};
	}

}
