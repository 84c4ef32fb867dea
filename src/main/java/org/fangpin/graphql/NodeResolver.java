package org.fangpin.graphql;

import java.util.function.BiFunction;

import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

/** How {@code Query.node} finds a record of one type, within the caller's scope. */
public interface NodeResolver {

	/** The GraphQL type name the resolver serves, as in the global id. */
	String typeName();

	/** The record if it exists and is in the caller's scope, else null. */
	@Nullable Object find(Caller caller, long id);

	static NodeResolver of(String typeName, BiFunction<Caller, Long, @Nullable Object> find) {
		return new NodeResolver() {

			@Override
			public String typeName() {
				return typeName;
			}

			@Override
			public @Nullable Object find(Caller caller, long id) {
				return find.apply(caller, id);
			}

		};
	}

}
