package org.fangpin.warning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.fangpin.support.Persona;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The integrator's example client (examples/department_client.py) works against the real API and Keycloak: run as
 * a process, it gets a token with the health department's client credentials, registers its webhook receiver on
 * loopback (the test-only setting allows it), pushes a batch and polls the feed (with a settle window) until the
 * township's verifications come back, by poll and by webhook; what it printed is what the database holds.
 */
@TestPropertySource(properties = WarningFeedSettleTest.SETTLE)
class DepartmentClientExampleTest extends WarningFlows {

	private static final String EXAMPLE = "examples/department_client.py";

	private final List<String> output = Collections.synchronizedList(new ArrayList<>());

	private Process client;

	@AfterEach
	void stopClientAndForgetWebhook() {
		if (this.client != null) {
			this.client.destroyForcibly();
		}
		this.jdbc.update("DELETE FROM department_webhook WHERE department = 'HEALTH'");
	}

	@Test
	void theExampleClientPushesPollsAndReceivesTheOutcome() throws Exception {
		assumeTrue(python3(), "python3 is not installed: the example client " + EXAMPLE + " cannot be run");
		String confirmed = householdNumber(newHousehold());
		String notConfirmed = householdNumber(newHousehold());
		this.client = new ProcessBuilder("python3", EXAMPLE, "--api", "http://localhost:" + this.port + "/graphql",
				"--token-url", this.issuerUri + "/protocol/openid-connect/token", "--client-id", "fangpin-dept-health",
				"--client-secret", "health-dev-secret", "--household", confirmed, "--household", notConfirmed,
				"--reference-prefix", this.run, "--webhook-host", "127.0.0.1", "--webhook-port", "0", "--interval", "1",
				"--timeout", "150")
			.redirectErrorStream(true)
			.start();
		Thread reader = Thread.ofVirtual().start(this::readOutput);

		// the township verifies what the client pushed, while it polls
		await(() -> lines("PUSHED ").size() == 2);
		assertThat(lines("PUSHED ")).extracting((line) -> line.split(" ")[2]).containsExactly("ACCEPTED", "ACCEPTED");
		verify(this.run + "-1", Map.of("confirmed", true, "caseType", "MARGINAL"));
		verify(this.run + "-2", Map.of("confirmed", false, "note", "家庭医疗支出已由医保报销"));

		assertThat(this.client.waitFor(180, TimeUnit.SECONDS)).as("the client ends").isTrue();
		reader.join(5000);
		assertThat(this.client.exitValue()).as(String.join("\n", this.output)).isZero();
		assertThat(lines("BAD-SIGNATURE")).isEmpty();

		JsonNode done = new JsonMapper().readTree(lines("DONE ").getLast().substring("DONE ".length()));
		List<String> stored = this.jdbc.queryForList("SELECT CONCAT(id, ' ', reference_id, ' ', kind, ' ', status) "
				+ "FROM warning_change WHERE reference_id LIKE ? ORDER BY id", String.class, this.run + "-%");
		assertThat(stored).containsExactly(
				stored.get(0).split(" ")[0] + " " + this.run + "-1 RECEIVED PENDING_VERIFICATION",
				stored.get(1).split(" ")[0] + " " + this.run + "-2 RECEIVED PENDING_VERIFICATION",
				stored.get(2).split(" ")[0] + " " + this.run + "-1 VERIFIED CONFIRMED",
				stored.get(3).split(" ")[0] + " " + this.run + "-2 VERIFIED NOT_CONFIRMED");
		// polled and delivered: each change once, in the feed's order, as stored
		assertThat(changes(done.get("feed"))).containsExactlyElementsOf(stored);
		assertThat(changes(done.get("delivered"))).containsExactlyElementsOf(stored);
		assertThat(lines("FEED ")).filteredOn((line) -> line.contains(" " + this.run + "-")).hasSize(4);
		assertThat(this.jdbc.queryForList("SELECT status FROM department_warning WHERE reference_id LIKE ? "
				+ "ORDER BY reference_id", String.class, this.run + "-%")).containsExactly("CONFIRMED", "NOT_CONFIRMED");
	}

	private void verify(String referenceId, Map<String, Object> decision) {
		Map<String, Object> warning = state(Persona.TOWNSHIP, referenceId);
		Map<String, Object> input = new HashMap<>(decision);
		input.put("warningId", warning.get("id"));
		input.put("version", warning.get("version"));
		warnings(Persona.TOWNSHIP, "verify", input).path("verifyWarning.userErrors").entityList(Object.class).hasSize(0);
	}

	private static List<String> changes(JsonNode changes) {
		List<String> shown = new ArrayList<>();
		changes.forEach((change) -> shown.add(change.get("sequence").asString() + " " + change.get("referenceId").asString()
				+ " " + change.get("kind").asString() + " " + change.get("status").asString()));
		return shown;
	}

	private List<String> lines(String prefix) {
		synchronized (this.output) {
			return this.output.stream().filter((line) -> line.startsWith(prefix)).toList();
		}
	}

	private void readOutput() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.client.getInputStream(), StandardCharsets.UTF_8))) {
			lines.lines().forEach(this.output::add);
		}
		catch (IOException ex) {
			this.output.add("ERROR reading the client's output: " + ex);
		}
	}

	private void await(BooleanSupplier condition) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until) || !this.client.isAlive() && !condition.getAsBoolean()) {
				throw new AssertionError("not within 60 s; the client printed:\n" + String.join("\n", this.output));
			}
			Thread.sleep(200);
		}
	}

	private static boolean python3() {
		try {
			return new ProcessBuilder("python3", "--version").redirectErrorStream(true).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

}
