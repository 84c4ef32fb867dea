package org.fangpin.graphql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Gives every error an {@code extensions.code}: exceptions from data fetchers are resolved here, and
 * errors graphql-java raises itself (syntax, validation, a value that does not coerce to its type) are
 * coded on the way out. Unexpected exceptions are logged and reported as INTERNAL without their detail.
 */
@Component
class ApiErrors extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	/** A cadre reads what went wrong first; the developer's detail follows in English. */
	private static final Map<ErrorClassification, String> REQUEST_PREFIX = Map.of(graphql.ErrorType.InvalidSyntax,
			"请求语法错误：", graphql.ErrorType.ValidationError, "请求与接口定义不符（字段、参数或取值有误）：");

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment environment) {
		if (ex instanceof ApiException api) {
			return error(environment, api.code(), api.getMessage());
		}
		if (ex instanceof AccessDeniedException) {
			return error(environment, ErrorCode.FORBIDDEN, "无权执行此操作 (FORBIDDEN)");
		}
		if (databaseUnreachable(ex)) {
			// one line, not a stack trace per request: the outage is the news, not where each request met it
			logger.warn("Database unreachable in {} (request {}): {}", environment.getExecutionStepInfo().getPath(),
					environment.getGraphQlContext().<String>get(RequestIds.KEY), ex.getMessage());
			return error(environment, ErrorCode.UNAVAILABLE, "数据库暂不可用，请稍后再试 (UNAVAILABLE)");
		}
		logger.error("Unexpected error in {} (request {})", environment.getExecutionStepInfo().getPath(),
				environment.getGraphQlContext().<String>get(RequestIds.KEY), ex);
		return error(environment, ErrorCode.INTERNAL, "内部错误，请稍后再试 (INTERNAL)");
	}

	/**
	 * No connection could be had, or the one in use broke: SQLSTATE class 08 (connection exception), or the
	 * pool's timeout. The transaction of a mutation broken this way is not committed, so nothing of it remains.
	 */
	private static boolean databaseUnreachable(@Nullable Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
				return true;
			}
			// the rollback on the broken connection fails too, and hides the statement's failure behind its own
			if (cause instanceof TransactionSystemException rollback
					&& databaseUnreachable(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(DataFetchingEnvironment environment, ErrorCode code, String message) {
		return GraphqlErrorBuilder.newError(environment)
			.message(message)
			.errorType(code.classification())
			.extensions(Map.of("code", code.name()))
			.build();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			if (response.getErrors().stream().allMatch((error) -> error.getExtensions().containsKey("code"))) {
				return response;
			}
			return response
				.transform((builder) -> builder.errors(response.getErrors().stream().map(ApiErrors::withCode).toList()));
		});
	}

	/** graphql-java's own errors are about the request: its syntax, or values that are not of their type. */
	private static GraphQLError withCode(ResponseError error) {
		Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
		boolean aboutRequest = error.getErrorType() == graphql.ErrorType.InvalidSyntax
				|| error.getErrorType() == graphql.ErrorType.ValidationError;
		extensions.putIfAbsent("code", (aboutRequest ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL).name());
		return GraphqlErrorBuilder.newError()
			.message(aboutRequest ? REQUEST_PREFIX.getOrDefault(error.getErrorType(), "") + error.getMessage() : error.getMessage())
			.locations(error.getLocations())
			.path(error.getParsedPath().isEmpty() ? null : error.getParsedPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

}
