package org.fangpin.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.fangpin.security.Caller;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a body over {@code fangpin.limits.max-request-size} on the GraphQL endpoint with 413, before it
 * is parsed; a department account, which pushes its warnings in batches, may send up to
 * {@code max-batch-request-size}. It runs once the token is checked (the check does not read the body, and
 * a request without a valid token is refused before this), and reads a body of unknown length up to one
 * byte over the limit, never further.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class RequestSizeLimit extends OncePerRequestFilter {

	private final String path;

	private final int maxBytes;

	private final int maxBatchBytes;

	RequestSizeLimit(GraphQlProperties graphQl, LimitsProperties limits) {
		this.path = graphQl.getHttp().getPath();
		this.maxBytes = bytes(limits.maxRequestSize());
		this.maxBatchBytes = bytes(limits.maxBatchRequestSize());
	}

	private static int bytes(DataSize size) {
		return (int) Math.min(Integer.MAX_VALUE - 1, size.toBytes());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean department = authentication != null && authentication.getPrincipal() instanceof Caller caller
				&& caller.scope().getDepartment() != null;
		int maxBytes = department ? this.maxBatchBytes : this.maxBytes;
		long declared = request.getContentLengthLong();
		if (declared > maxBytes) {
			refuse(response, maxBytes);
			return;
		}
		if (declared >= 0) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(maxBytes + 1);
		if (body.length > maxBytes) {
			refuse(response, maxBytes);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static void refuse(HttpServletResponse response, int maxBytes) throws IOException {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(LimitExceeded.json("maxRequestSize", maxBytes,
					"请求体过大：超过 %d 字节 (BAD_USER_INPUT: the request body is larger than %d bytes)"
						.formatted(maxBytes, maxBytes)));
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

	}

}
