package org.fangpin.warning;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department's webhook receives its changes, signed, at least once and in the feed's order, from the outbox the
 * changes were written with: a real receiver on loopback (allowed by the tests' own setting) is stopped and started
 * again, and nothing is lost or sent out of order; the county switches a webhook off; an address inside the
 * network is refused.
 */
class WebhookTest extends WarningFlows {

	private final List<String> sequences = Collections.synchronizedList(new ArrayList<>());

	private final List<String> badSignatures = Collections.synchronizedList(new ArrayList<>());

	private HttpServer receiver;

	private String secret;

	@AfterEach
	void stopReceiverAndForgetWebhook() {
		if (this.receiver != null) {
			this.receiver.stop(0);
		}
		this.jdbc.update("DELETE FROM department_webhook WHERE department = 'HEALTH'");
	}

	@Test
	void changesReachTheWebhookSignedInOrderThroughAnOutage() throws Exception {
		int port = start(0);
		String url = "http://127.0.0.1:" + port + "/hook";
		var registered = warnings(Persona.HEALTH_SYSTEM, "registerWebhook", Map.of("url", url));
		registered.path("registerWebhook.userErrors").entityList(Object.class).hasSize(0);
		this.secret = registered.path("registerWebhook.secret").entity(String.class).get();

		pushed(item("hook-1", newHousehold()));
		pushed(item("hook-2", newHousehold()));
		await(() -> mine().size() >= 2);
		// acknowledged, not only received: a receiver stopped in the middle of its answer is sent the page again
		long second = this.jdbc.queryForObject("SELECT MAX(id) FROM warning_change WHERE reference_id LIKE ?", Long.class,
				this.run + "-%");
		await(() -> count("SELECT COUNT(*) FROM department_webhook WHERE department = 'HEALTH' AND delivered_up_to >= ?",
				second) == 1);

		// the receiver goes down: the changes wait, the failures are counted and seen by the county
		this.receiver.stop(0);
		pushed(item("hook-3", newHousehold()));
		Map<String, Object> fourth = pushed(item("hook-4", newHousehold()));
		warnings(Persona.TOWNSHIP, "verify", Map.of("warningId", fourth.get("id"), "version", fourth.get("version"),
				"confirmed", false, "note", "不属实"))
			.path("verifyWarning.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		await(() -> count("SELECT failures FROM department_webhook WHERE department = 'HEALTH'") >= 1);
		assertThat(webhooks().stream().filter((webhook) -> "HEALTH".equals(webhook.get("department"))).findFirst()
			.orElseThrow()
			.get("lastError")).isNotNull();

		// back up: everything not acknowledged arrives, once, in the feed's order
		this.jdbc.update("UPDATE department_webhook SET next_attempt_at = ? WHERE department = 'HEALTH'",
				java.sql.Timestamp.from(Instant.now().minusSeconds(1)));
		start(port);
		List<String> expected = feedSequences();
		await(() -> this.sequences.size() >= expected.size() + other());
		List<String> received = mine();
		assertThat(received).containsExactlyElementsOf(expected);
		assertThat(this.badSignatures).isEmpty();

		// the county switches it off: nothing more is delivered until switched on
		warnings(Persona.COUNTY, "setWebhookEnabled", Map.of("department", "HEALTH", "enabled", false))
			.path("setWebhookEnabled.webhook.enabled")
			.entity(Boolean.class)
			.isEqualTo(false);
		pushed(item("hook-5", newHousehold()));
		Thread.sleep(3000);
		assertThat(mine()).hasSize(expected.size());
		warnings(Persona.COUNTY, "setWebhookEnabled", Map.of("department", "HEALTH", "enabled", true));
		await(() -> mine().size() == expected.size() + 1);
		assertError(warnings(Persona.HEALTH_SYSTEM, "setWebhookEnabled", Map.of("department", "HEALTH", "enabled", true)),
				ErrorCode.FORBIDDEN, "setWebhookEnabled");
	}

	@Test
	void anAddressInsideTheNetworkIsRefused() {
		for (String url : List.of("https://10.1.2.3/hook", "https://192.168.1.10/hook", "https://169.254.169.254/latest",
				"https://[fd00::1]/hook", "http://example.org/hook", "ftp://example.org/hook")) {
			assertThat(warnings(Persona.HEALTH_SYSTEM, "registerWebhook", Map.of("url", url))
				.path("registerWebhook.userErrors[0].field")
				.entityList(String.class)
				.get()).as(url).containsExactly("url");
		}
		assertThat(count("SELECT COUNT(*) FROM department_webhook WHERE department = 'HEALTH'")).isZero();
	}

	/** Starts the receiver on {@code port} (0: any free one) of the loopback address; answers its port. */
	private int start(int port) throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		this.receiver.createContext("/hook", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			String signature = exchange.getRequestHeaders().getFirst("X-Fangpin-Signature");
			if (!("sha256=" + WebhookDelivery.sign(this.secret, body)).equals(signature)) {
				this.badSignatures.add(signature);
			}
			JsonNode changes = new JsonMapper().readTree(new String(body, StandardCharsets.UTF_8)).get("changes");
			changes.forEach((change) -> this.sequences.add(change.get("referenceId").asString() + "#"
					+ change.get("sequence").asString()));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.receiver.start();
		return this.receiver.getAddress().getPort();
	}

	/** What this test's warnings sent, in the order received. */
	private List<String> mine() {
		synchronized (this.sequences) {
			return this.sequences.stream().filter((sequence) -> sequence.startsWith(this.run)).toList();
		}
	}

	private long other() {
		synchronized (this.sequences) {
			return this.sequences.stream().filter((sequence) -> !sequence.startsWith(this.run)).count();
		}
	}

	/** This test's changes as the feed orders them. */
	private List<String> feedSequences() {
		return this.jdbc.queryForList("SELECT CONCAT(reference_id, '#', id) FROM warning_change WHERE reference_id LIKE ? "
				+ "ORDER BY id", String.class, this.run + "-%");
	}

	private List<Map<String, Object>> webhooks() {
		return graphQlAs(Persona.COUNTY).documentName("warnings")
			.operationName("departmentWebhooks")
			.execute()
			.path("departmentWebhooks")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("not within 30 s");
			}
			Thread.sleep(200);
		}
	}

}
