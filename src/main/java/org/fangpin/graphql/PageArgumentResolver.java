package org.fangpin.graphql;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Hands a connection's controller method its {@link Page}, checked, from the field's {@code first} and
 * {@code after} arguments: every list reads them the same way, written once.
 */
@Component
class PageArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Page.class;
	}

	@Override
	public Page resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		return Page.of(environment.getArgument("first"), environment.getArgument("after"));
	}

}
