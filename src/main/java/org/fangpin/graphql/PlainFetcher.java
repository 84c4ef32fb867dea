package org.fangpin.graphql;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A field fetched by a plain function instead of a controller method: what it returns is said, so that the
 * schema's inspection checks the type's fields, and it is trivial, so that Spring does not wrap each of a page's
 * hundreds of fetches to carry the request's thread-bound context. Only for fetchers that read nothing bound to
 * the request's thread: their source, the environment, what the source's page brought, a DataLoader.
 */
public record PlainFetcher(String description, ResolvableType returnType, DataFetcher<Object> fetcher)
		implements SelfDescribingDataFetcher<Object>, TrivialDataFetcher<Object> {

	public static PlainFetcher of(String description, Class<?> returnType, DataFetcher<Object> fetcher) {
		return new PlainFetcher(description, ResolvableType.forClass(returnType), fetcher);
	}

	@Override
	public ResolvableType getReturnType() {
		return this.returnType;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public @Nullable Object get(DataFetchingEnvironment environment) throws Exception {
		return this.fetcher.get(environment);
	}

}
