package org.fangpin.graphql;

import java.util.Objects;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/** Binds the arguments marked {@link JsonArgument}. */
@Component
class JsonArgumentResolver implements HandlerMethodArgumentResolver {

	private final JsonMapper json;

	JsonArgumentResolver(JsonMapper json) {
		this.json = json;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(JsonArgument.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		JsonArgument argument = Objects.requireNonNull(parameter.getParameterAnnotation(JsonArgument.class));
		Object raw = environment.getArgument(argument.value());
		return (raw != null) ? this.json.convertValue(raw, this.json.constructType(parameter.getGenericParameterType()))
				: null;
	}

}
