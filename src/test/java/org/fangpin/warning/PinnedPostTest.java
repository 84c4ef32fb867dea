package org.fangpin.warning;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery connects to the address that was checked, not to what the name resolves to later: a name that does not
 * resolve at all is delivered to through the address it is pinned to, with its own name as the Host.
 */
class PinnedPostTest {

	@Test
	void theConnectionGoesToThePinnedAddressWhateverTheNameResolvesTo() throws Exception {
		List<String> received = Collections.synchronizedList(new ArrayList<>());
		HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		receiver.createContext("/hook", (exchange) -> {
			received.add(exchange.getRequestHeaders().getFirst("Host") + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		receiver.start();
		try {
			int port = receiver.getAddress().getPort();
			String url = "http://webhook.invalid:" + port + "/hook?k=1";
			// the name itself resolves to nothing (RFC 6761: .invalid never does)
			assertThat(WebhookTarget.check(url, true).refusal()).contains("does not resolve");

			int status = PinnedPost.send(URI.create(url), InetAddress.getLoopbackAddress(),
					Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8),
					Duration.ofSeconds(5), Duration.ofSeconds(5));

			assertThat(status).isEqualTo(202);
			assertThat(received).containsExactly("webhook.invalid:" + port + " {}");
		}
		finally {
			receiver.stop(0);
		}
	}

	@Test
	void aCheckedAddressCarriesTheAddressItResolvedTo() {
		WebhookTarget.Checked checked = WebhookTarget.check("http://127.0.0.1:9/hook", true);
		assertThat(checked.refusal()).isNull();
		assertThat(checked.address()).isEqualTo(InetAddress.getLoopbackAddress());
		assertThat(WebhookTarget.check("https://10.1.2.3/hook", false).address()).isNull();
	}

}
