package org.fangpin.security.duties;

import graphql.schema.DataFetchingEnvironment;
import org.fangpin.graphql.RequestIds;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * Hands a mutation's controller method its {@link Act}: the caller, the request id and the duty of the
 * Mutation field being taken, so that no handler looks any of them up.
 */
@Component
class ActArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Act.class;
	}

	@Override
	public Act resolveArgument(MethodParameter parameter, DataFetchingEnvironment environment) {
		Caller caller = CallerContext.of(environment.getGraphQlContext());
		if (caller == null) {
			throw new IllegalStateException("A mutation without a caller");
		}
		return new Act(caller, environment.getGraphQlContext().get(RequestIds.KEY), Duty.of(environment.getFieldDefinition()));
	}

}
