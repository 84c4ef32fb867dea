package org.fangpin.security.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A request without a valid token gets 401 with the bearer challenge, as the standard asks, and a GraphQL
 * error body a client reads like any other: {@code extensions.code} UNAUTHENTICATED, in Chinese first.
 */
class UnauthenticatedEntryPoint implements AuthenticationEntryPoint {

	private static final String BODY = "{\"errors\":[{\"message\":\"未登录或登录已过期，请重新登录 (UNAUTHENTICATED)\","
			+ "\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}";

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.challenge.commence(request, response, ex);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(BODY);
	}

}
