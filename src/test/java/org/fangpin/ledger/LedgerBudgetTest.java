package org.fangpin.ledger;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_B1_2;

/**
 * Ledger downloads take from the same per-caller budget as GraphQL requests, one unit per cell written, and a
 * caller runs one at a time; a refusal is RATE_LIMITED with Retry-After, before the first byte. A bucket of
 * 20,000 that barely refills, in a context of its own (closed after): a page of the roster (1,000 rows of 16
 * cells) is paid before it is read, so a download needs 16,000 in the bucket to begin.
 */
@TestPropertySource(properties = { "fangpin.limits.max-cost=20000", "fangpin.limits.rate.capacity=20000",
		"fangpin.limits.rate.period=1h" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LedgerBudgetTest extends ApiTest {

	private static final long CAPACITY = 20_000;

	private static final double UNITS_PER_SECOND = CAPACITY / 3600.0;

	/** 700, as in RateLimitTest. */
	private static final String PAGE = "{ households(first: 100) { totalCount edges { node { householdNumber address category } } } }";

	@Test
	void aCallerWhoseGraphQlBudgetIsSpentIsRefusedTheLedgerAgainAndAgain() {
		int served = 0;
		while (!rateLimited(graphQlAs(Persona.TOWNSHIP).document(PAGE).execute())) {
			assertThat(++served).as("requests of 700 served from 20,000").isLessThanOrEqualTo(28);
		}
		long exports = count("SELECT COUNT(*) FROM ledger_export");
		for (int i = 0; i < 3; i++) {
			refusedBeforeTheFirstByte(clientAs(Persona.TOWNSHIP), "/ledgers/roster.xlsx")
				.jsonPath("$.message")
				.value(String.class, (message) -> assertThat(message).startsWith("请求过于频繁").contains("RATE_LIMITED"));
		}
		assertThat(count("SELECT COUNT(*) FROM ledger_export")).as("a refused download records nothing").isEqualTo(exports);
	}

	@Test
	void aCountysRosterOfMoreThanTheBudgetLeavesItsCallerOwingSoGraphQlAndLedgersWait() {
		// 1,500 more households: the county's roster is two pages, and costs more than the whole bucket
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate("""
				INSERT INTO household (id, household_number, county_code, township_code, village_code, group_code, address,
				  category, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, '青禾县柳坪村二组', 'ORDINARY', ?, ?, 0)""",
				LongStream.range(0, 1_500)
					.mapToObj((i) -> new Object[] { 2_000_000_000L + i, "T" + (2_000_000_000L + i), COUNTY,
							GROUP_B1_2.substring(0, 9), GROUP_B1_2.substring(0, 12), GROUP_B1_2, now, now })
					.toList());
		long rows = count("SELECT COUNT(*) FROM household WHERE county_code = ?", COUNTY);
		long cells = rows * LedgerExportTest.ROSTER_HEADERS.size();
		assertThat(rows).isGreaterThan(LedgerService.PAGE_SIZE);

		// counted, not looked up as the newest: another test's clock may have dated its exports ahead of this one
		String completedRoster = "SELECT COUNT(*) FROM ledger_export WHERE ledger = 'ROSTER' AND grid_code = ? AND row_count = ? AND completed";
		long before = count(completedRoster, COUNTY, rows);
		clientAs(Persona.COUNTY).get().uri("/ledgers/roster.xlsx").exchange().expectStatus().isOk().expectBody().returnResult();
		assertThat(count(completedRoster, COUNTY, rows)).isEqualTo(before + 1);

		// what the export wrote beyond the bucket is owed: even the smallest request waits for it to refill
		GraphQlTester.Response after = graphQlAs(Persona.COUNTY).document("{ me { name } }").execute();
		assertThat(rateLimited(after)).isTrue();
		double owed = cells - CAPACITY;
		after.errors().satisfy((errors) -> assertThat(((Number) errors.getFirst().getExtensions().get("retryAfterSeconds")).doubleValue())
			.isCloseTo(owed / UNITS_PER_SECOND, within(60.0)));
		refusedBeforeTheFirstByte(clientAs(Persona.COUNTY), "/ledgers/roster.xlsx?grid=" + GROUP_B1_2);
	}

	@Test
	void aSmallLedgerCostsItsRowsNotAPageSoItMayBeDownloadedAgain() {
		// each download pays a page (16,000) to begin and gets back what its 30-odd rows did not fill; kept, the
		// first page would have left too little for the second
		for (int i = 0; i < 3; i++) {
			clientAs(Persona.WORKER).get().uri("/ledgers/roster.xlsx").exchange().expectStatus().isOk();
		}
		graphQlAs(Persona.WORKER).document(PAGE).execute().errors().verify();
	}

	@Test
	void aSecondDownloadWhileTheCallersFirstRunsIsRefused() throws Exception {
		WebTestClient village = clientAs(Persona.VILLAGE);
		CompletableFuture<Integer> first;
		CompletableFuture<Integer> other;
		// the first download stops at its first page while the households are locked
		try (Connection lock = this.jdbc.getDataSource().getConnection(); Statement statement = lock.createStatement()) {
			statement.execute("LOCK TABLES household WRITE");
			try {
				first = download(village, "/ledgers/roster.xlsx");
				awaitWaitingForTheLock(1);
				refusedBeforeTheFirstByte(village, "/ledgers/measures.xlsx")
					.jsonPath("$.message")
				.value(String.class, (message) -> assertThat(message).contains("one download at a time"));
				// another caller's download is not refused: it waits for the households like the first
				other = download(clientAs(Persona.WORKER2), "/ledgers/roster.xlsx");
				awaitWaitingForTheLock(2);
			}
			finally {
				statement.execute("UNLOCK TABLES");
			}
		}
		assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(HttpStatus.OK.value());
		assertThat(other.get(30, TimeUnit.SECONDS)).isEqualTo(HttpStatus.OK.value());
		// once it has ended, the next may begin
		village.get().uri("/ledgers/measures.xlsx").exchange().expectStatus().isOk();
	}

	/** 429 RATE_LIMITED as JSON with Retry-After, and no spreadsheet. */
	private WebTestClient.BodyContentSpec refusedBeforeTheFirstByte(WebTestClient client, String uri) {
		return client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
			.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Long.parseLong(seconds)).isPositive())
			.expectHeader()
			.doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("RATE_LIMITED");
	}

	private static boolean rateLimited(GraphQlTester.Response response) {
		boolean[] limited = { false };
		response.errors().satisfy((errors) -> limited[0] = errors.stream()
			.map((error) -> error.getExtensions().get("code"))
			.anyMatch("RATE_LIMITED"::equals));
		return limited[0];
	}

	/**
	 * The status of a download sent now and answered later, on a thread of its own: the common pool has a
	 * single worker on two cores, which the test's HTTP clients need for their responses.
	 */
	private static CompletableFuture<Integer> download(WebTestClient client, String uri) {
		return CompletableFuture.supplyAsync(
				() -> client.get().uri(uri).exchange().expectBody().returnResult().getStatus().value(),
				(task) -> Thread.ofVirtual().start(task));
	}

	/** Until {@code downloads} statements wait for the households the test has locked. */
	private void awaitWaitingForTheLock(int downloads) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			long waiting = count("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE STATE LIKE 'Waiting for table%'");
			if (waiting >= downloads) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the downloads never reached the locked households");
	}

}
