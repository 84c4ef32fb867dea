package org.fangpin.offline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fangpin.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The mini-program's typed client walks a case from its lead to elimination under Node, against this test's API,
 * database and Keycloak ({@code clients/miniprogram/test/walk.test.ts}): each persona logs in with PKCE, answers
 * are lost and requests sent again, an update goes with a stale version. Counted here, in the database, nothing
 * was written twice. Skipped, with the reason, where Node is not installed.
 */
class MiniProgramWalkTest extends ApiTest {

	private static final Path CLIENT = Path.of("clients/miniprogram");

	private static final Pattern WALKED = Pattern.compile("WALK household=(\\S+) case=(\\S+) address=(.+)");

	/** What the walk writes: one household of two members, its case, a measure, a year's income, a visit. */
	private static final List<String> TABLES = List.of("household", "member", "monitored_case", "measure",
			"income_record", "visit");

	@Test
	void theClientWalksACaseFromLeadToEliminationWithResendsAndWritesEachRecordOnce() throws Exception {
		assumeTrue(runs("node", "--version") && runs("npm", "--version"),
				"Node.js and npm are not installed: the mini-program client's walk is not run");
		if (!Files.isDirectory(CLIENT.resolve("node_modules"))) {
			assertThat(run(Duration.ofMinutes(5), Map.of(), "npm", "ci", "--no-audit", "--no-fund").exitCode()).isZero();
		}
		Map<String, Long> before = counts();

		Finished walk = run(Duration.ofMinutes(2),
				Map.of("FANGPIN_API", "http://localhost:" + this.port, "FANGPIN_ISSUER", this.issuerUri), "node",
				"--import", "tsx", "--test", "test/walk.test.ts");
		assertThat(walk.exitCode()).as(walk.output()).isZero();
		assertThat(walk.output()).contains("# pass 1", "# skipped 0");
		Matcher walked = WALKED.matcher(walk.output());
		assertThat(walked.find()).as(walk.output()).isTrue();
		long household = rowId(walked.group(1));
		long monitoredCase = rowId(walked.group(2));

		Map<String, Long> after = counts();
		assertThat(after.get("household") - before.get("household")).isEqualTo(1);
		assertThat(after.get("member") - before.get("member")).isEqualTo(2);
		assertThat(after.get("monitored_case") - before.get("monitored_case")).isEqualTo(1);
		assertThat(after.get("measure") - before.get("measure")).isEqualTo(1);
		assertThat(after.get("income_record") - before.get("income_record")).isEqualTo(1);
		assertThat(after.get("visit") - before.get("visit")).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM household WHERE address = ?", walked.group(3).strip())).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM member WHERE household_id = ?", household)).isEqualTo(2);
		// the commitment whose answer was lost, sent again: one step in the timeline
		assertThat(count("SELECT COUNT(*) FROM case_event WHERE case_id = ? AND to_status = 'PENDING_APPRAISAL'",
				monitoredCase)).isEqualTo(1);
		// the measure updated once, the stale update refused
		assertThat(count("SELECT version FROM measure WHERE case_id = ?", monitoredCase)).isEqualTo(1);
		// the income typed in offline keeps the device's time, an hour before the server received it
		assertThat(count("""
				SELECT COUNT(*) FROM income_record
				WHERE household_id = ? AND acted_at < recorded_at - INTERVAL 50 MINUTE""", household)).isEqualTo(1);
		assertThat(count("SELECT status = 'RISK_ELIMINATED' FROM monitored_case WHERE id = ?", monitoredCase)).isEqualTo(1);
	}

	private Map<String, Long> counts() {
		return TABLES.stream()
			.collect(Collectors.toMap((table) -> table, (table) -> count("SELECT COUNT(*) FROM " + table)));
	}

	private static boolean runs(String... command) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Finished run(Duration timeout, Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		Path log = Files.createTempFile("miniprogram-", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " took longer than " + timeout + ":\n"
						+ Files.readString(log, StandardCharsets.UTF_8));
			}
			return new Finished(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
		}
		finally {
			Files.deleteIfExists(log);
		}
	}

	private record Finished(int exitCode, String output) {
	}

}
