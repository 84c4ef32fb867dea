package org.fangpin.warning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 POST to an address already resolved and checked ({@link WebhookTarget#check}): the connection goes to
 * that address, not to whatever the name resolves to a moment later (the JDK's HttpClient resolves the name itself and
 * cannot be given an address). Over HTTPS the certificate is still verified against the host name of the URL, sent as
 * SNI. Only the status line of the answer is read: nothing of a redirect is followed, and at most 8 KB are read.
 */
final class PinnedPost {

	private static final int MAX_STATUS_LINE = 8192;

	private PinnedPost() {
	}

	/** @return the status code of the answer */
	static int send(URI uri, InetAddress address, Map<String, String> headers, byte[] body, Duration connectTimeout,
			Duration timeout) throws IOException {
		boolean https = "https".equals(uri.getScheme().toLowerCase(Locale.ROOT));
		int port = (uri.getPort() != -1) ? uri.getPort() : https ? 443 : 80;
		try (Socket socket = connect(uri, address, port, https, connectTimeout, timeout)) {
			StringBuilder head = new StringBuilder("POST ")
				.append((uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath())
				.append((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
				.append(" HTTP/1.1\r\nHost: ")
				.append(uri.getRawAuthority())
				.append("\r\nContent-Length: ")
				.append(body.length)
				.append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			return status(socket.getInputStream());
		}
	}

	private static Socket connect(URI uri, InetAddress address, int port, boolean https, Duration connectTimeout,
			Duration timeout) throws IOException {
		Socket plain = new Socket();
		try {
			plain.connect(new InetSocketAddress(address, port), (int) connectTimeout.toMillis());
			plain.setSoTimeout((int) timeout.toMillis());
			if (!https) {
				return plain;
			}
			String host = uri.getHost().replace("[", "").replace("]", "");
			SSLSocket tls = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket(plain, host, port, true);
			SSLParameters parameters = tls.getSSLParameters();
			// the certificate must name the host of the URL, whatever address was connected to
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			tls.setSSLParameters(parameters);
			tls.startHandshake();
			return tls;
		}
		catch (IOException | RuntimeException ex) {
			plain.close();
			throw ex;
		}
		catch (NoSuchAlgorithmException ex) {
			plain.close();
			throw new IOException(ex);
		}
	}

	/** The status code of {@code HTTP/1.1 200 OK}. */
	private static int status(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int next;
		while ((next = in.read()) != -1 && next != '\n') {
			if (line.size() >= MAX_STATUS_LINE) {
				throw new IOException("status line too long");
			}
			line.write(next);
		}
		String[] parts = line.toString(StandardCharsets.US_ASCII).strip().split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
			throw new IOException("not an HTTP answer");
		}
		try {
			return Integer.parseInt(parts[1]);
		}
		catch (NumberFormatException ex) {
			throw new IOException("not an HTTP status: " + parts[1]);
		}
	}

}
