package org.fangpin.security.duties;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The duties of all mutations, read from the schema, and the one place that applies their role part: a
 * caller without one of a mutation's roles is refused before the mutation runs, and a mutation that
 * declares no duty is refused to everyone ({@link #guard}, put into each mutation's data fetcher by
 * {@link FieldRuleWiring}). The grid part is the service's {@link Act#check}, on the record it has found.
 */
@Component
public class Duties {

	private final ObjectProvider<GraphQlSource> source;

	private volatile @Nullable Map<String, Duty> byMutation;

	Duties(ObjectProvider<GraphQlSource> source) {
		this.source = source;
	}

	/** The duty of a Mutation field, e.g. for the work list of whoever takes it. */
	public Duty of(String mutation) {
		Duty duty = all().get(mutation);
		if (duty == null) {
			throw new IllegalArgumentException("No mutation " + mutation);
		}
		return duty;
	}

	private Map<String, Duty> all() {
		Map<String, Duty> duties = this.byMutation;
		if (duties == null) {
			GraphQLObjectType mutation = this.source.getObject().schema().getMutationType();
			duties = (mutation != null) ? mutation.getFieldDefinitions()
				.stream()
				.map(Duty::of)
				.collect(Collectors.toUnmodifiableMap(Duty::mutation, Function.identity())) : Map.of();
			this.byMutation = duties;
		}
		return duties;
	}

	/** The mutation's data fetcher behind the role part of its duty. */
	public static DataFetcher<?> guard(GraphQLFieldDefinition mutation, DataFetcher<?> dataFetcher) {
		Duty duty = Duty.of(mutation);
		return (environment) -> {
			Caller caller = CallerContext.of(environment.getGraphQlContext());
			if (caller == null) {
				throw new IllegalStateException("A mutation without a caller");
			}
			duty.checkRole(caller);
			return dataFetcher.get(environment);
		};
	}

}
