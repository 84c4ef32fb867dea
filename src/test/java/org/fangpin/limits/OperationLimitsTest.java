package org.fangpin.limits;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents built to exhaust the API are refused before anything runs, with BAD_USER_INPUT and the name
 * of the limit; the consoles' own documents pass (every other API test sends them).
 */
class OperationLimitsTest extends ApiTest {

	private static final String HEAVY_PAGE = "households(first: 100) { edges { node { members { name idNumber } } } }";

	@Autowired
	LimitsProperties limits;

	@Test
	void twoHundredAliasesOfAFullPageAreRefusedBeforeAnythingRuns() {
		long started = System.nanoTime();
		// the document of the issue is refused while it is parsed: it is longer than any screen's
		assertRefused(graphQlAs(Persona.COUNTY).document("{ " + aliased(200, HEAVY_PAGE) + " }").execute(), "maxTokens",
				this.limits.maxTokens(), "查询文档过长");
		// a tenth of it is short enough, and refused for its cost
		assertRefused(graphQlAs(Persona.COUNTY).document("{ " + aliased(20, HEAVY_PAGE) + " }").execute(), "maxCost",
				this.limits.maxCost(), "查询代价过高");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		// one such page is an ordinary screen
		graphQlAs(Persona.COUNTY).document("{ " + HEAVY_PAGE + " }")
			.execute()
			.path("households.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(50);
	}

	@Test
	void aCountysWholeGridTreeWithCapacitiesPassesAndTheTreeWithEveryVillagesInspectionsDoesNot() {
		String grid = "code name level capacity overCapacity registeredHouseholds";
		String tree = "{ grids { " + grid + " children { " + grid + " children { " + grid + " children { " + grid
				+ " } } } } }";
		GraphQlTester.Response county = graphQlAs(Persona.COUNTY).document(tree).execute();
		county.errors().verify();
		county.path("grids[0].children[*].children[*].children[*].code").entityList(String.class).hasSize(8);
		// the same tree reading a full page of inspections of every village is refused before anything runs
		assertRefused(graphQlAs(Persona.COUNTY).document(tree.replace("children { " + grid + " } } } } }",
				"children { " + grid + " } inspections(first: 100) { edges { node { id } } } } } } }")).execute(),
				"maxCost", this.limits.maxCost(), "查询代价过高");
	}

	@Test
	void aPageSizeGivenAsAVariableCountsWithItsValue() {
		String document = "query($n: Int) { " + aliased(20, HEAVY_PAGE.replace("100", "$n")) + " }";
		graphQlAs(Persona.COUNTY).document(document).variable("n", 1).execute().errors().verify();
		assertRefused(graphQlAs(Persona.COUNTY).document(document).variable("n", 100).execute(), "maxCost",
				this.limits.maxCost(), "查询代价过高");
	}

	@Test
	void aDocumentNestedTooDeepIsRefused() {
		String deep = "name";
		for (int i = 0; i < 7; i++) {
			deep = "members { household { " + deep + " } }";
		}
		assertRefused(graphQlAs(Persona.VILLAGE).document("{ household(id: \"x\") { " + deep.replace("name", "householdNumber") + " } }")
			.execute(), "maxDepth", this.limits.maxDepth(), "查询嵌套过深");
	}

	@Test
	void tooManyAliasesAreRefused() {
		assertRefused(graphQlAs(Persona.WORKER).document("{ " + aliased(this.limits.maxAliases() + 1, "__typename") + " }")
			.execute(), "maxAliases", this.limits.maxAliases(), "别名过多");
	}

	@Test
	void tooManyFieldsAreRefusedAndAFragmentBombIsCountedSpreadOut() {
		String names = IntStream.rangeClosed(0, this.limits.maxFields()).mapToObj((i) -> "name").collect(Collectors.joining(" "));
		assertRefused(graphQlAs(Persona.WORKER).document("{ me { " + names + " } }").execute(), "maxFields",
				this.limits.maxFields(), "查询字段过多");

		StringBuilder bomb = new StringBuilder("{ ...f0 }");
		for (int i = 0; i < 30; i++) {
			bomb.append(" fragment f%d on Query { ...f%d ...f%d }".formatted(i, i + 1, i + 1));
		}
		bomb.append(" fragment f30 on Query { me { name } }");
		long started = System.nanoTime();
		assertRefused(graphQlAs(Persona.WORKER).document(bomb.toString()).execute(), "maxFields",
				this.limits.maxFields(), "查询字段过多");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void aDocumentOfTooManyTokensIsRefusedWhileParsing() {
		String typenames = IntStream.range(0, this.limits.maxTokens()).mapToObj((i) -> "__typename").collect(Collectors.joining(" "));
		assertRefused(graphQlAs(Persona.WORKER).document("{ " + typenames + " }").execute(), "maxTokens",
				this.limits.maxTokens(), "查询文档过长");
	}

	@Test
	void aBodyOverTheLimitIsRefusedWith413WithoutBeingRead() throws Exception {
		int max = (int) this.limits.maxRequestSize().toBytes();
		String padded = "{\"query\": \"{ me { name } }\", \"variables\": {\"pad\": \"" + "x".repeat(max) + "\"}}";
		clientAs(Persona.WORKER).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(padded)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT")
			.jsonPath("$.errors[0].extensions.limit").isEqualTo("maxRequestSize")
			.jsonPath("$.errors[0].extensions.max").isEqualTo(max)
			.jsonPath("$.errors[0].message").value((message) -> assertThat((String) message).startsWith("请求体过大"));

		// without a Content-Length (chunked), the body is read up to the limit and no further
		HttpResponse<String> chunked = post(padded);
		assertThat(chunked.statusCode()).isEqualTo(413);
		assertThat(chunked.body()).contains("maxRequestSize");
		HttpResponse<String> small = post("{\"query\": \"{ me { name } }\"}");
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("\"me\"");
	}

	@Test
	void aDepartmentMaySendABatchLargerThanOtherRequestsUpToItsOwnLimit() {
		int batch = (int) this.limits.maxBatchRequestSize().toBytes();
		String overTheUsual = "{\"query\": \"{ me { name } }\", \"variables\": {\"pad\": \""
				+ "x".repeat((int) this.limits.maxRequestSize().toBytes()) + "\"}}";
		clientAs(Persona.HEALTH_SYSTEM).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(overTheUsual)
			.exchange()
			.expectStatus()
			.isOk();
		clientAs(Persona.HEALTH_SYSTEM).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"query\": \"{ me { name } }\", \"variables\": {\"pad\": \"" + "x".repeat(batch) + "\"}}")
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.max").isEqualTo(batch);
	}

	private HttpResponse<String> post(String body) throws Exception {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Authorization", "Bearer " + tokens().accessToken(Persona.WORKER))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
			.build();
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

	private static String aliased(int count, String field) {
		return IntStream.range(0, count).mapToObj((i) -> "a" + i + ": " + field).collect(Collectors.joining(" "));
	}

	@SuppressWarnings("unchecked")
	private static void assertRefused(GraphQlTester.Response response, String limit, long max, String message) {
		response.errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			Map<String, Object> extensions = errors.getFirst().getExtensions();
			assertThat(extensions).containsEntry("code", "BAD_USER_INPUT").containsEntry("limit", limit);
			assertThat(((Number) extensions.get("max")).longValue()).isEqualTo(max);
			assertThat(errors.getFirst().getMessage()).startsWith(message).contains(String.valueOf(max));
		});
		response.path("").pathDoesNotExist();
	}

}
