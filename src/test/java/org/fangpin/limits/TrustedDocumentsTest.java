package org.fangpin.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the mini-program's client enforced (as the {@code prod} profile has it): the mini-program runs the
 * registered documents by their id, with real tokens of that client, and nothing else; the console keeps raw
 * GraphQL. In a context of its own (closed after), so that the other tests keep the default.
 */
@TestPropertySource(properties = "fangpin.trusted-documents.enforced-clients=fangpin-miniprogram")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TrustedDocumentsTest extends ApiTest {

	static final String MINIPROGRAM = "fangpin-miniprogram";

	private static final String CONSOLE = "fangpin-console";

	private static final String UNKNOWN_ID = "0".repeat(64);

	@Test
	void theMiniProgramRunsARegisteredDocumentByItsIdAndGetsWhatTheConsoleGetsWithItsText() throws IOException {
		String page = trusted("HouseholdPage");
		Map<String, Object> variables = Map.of("first", 5, "filter", Map.of("gridCode", "99990110020101"));

		Map<String, Object> byId = post(MINIPROGRAM, Persona.WORKER, byId(page, variables));
		Map<String, Object> raw = post(CONSOLE, Persona.WORKER, Map.of("query", page, "variables", variables));

		assertThat(byId).doesNotContainKey("errors");
		assertThat(byId.get("data")).isEqualTo(raw.get("data"));
		assertThat(byId.get("data").toString()).contains("edges", "householdNumber=999901100201");
	}

	@Test
	void aResidentFollowsTheirOwnHouseholdThroughItsDocument() throws IOException {
		Map<String, Object> own = post(MINIPROGRAM, Persona.RESIDENT,
				byId(trusted("MyHousehold"), Map.of("id", globalId("Household", 1001))));

		assertThat(own).doesNotContainKey("errors");
		assertThat((String) JsonPath.read(own, "$.data.household.householdNumber")).isNotBlank();
	}

	@Test
	void aRegisteredMutationTakesItsVariables() throws IOException {
		Map<String, Object> registered = post(CONSOLE, Persona.WORKER, Map.of("query",
				new ClassPathResource("graphql-test/registerHousehold.graphql").getContentAsString(StandardCharsets.UTF_8),
				"variables", Map.of("input", TestData.registration("99990110020101", TestData.newIdNumber()))));
		String household = JsonPath.read(registered, "$.data.registerHousehold.household.id");
		Map<String, Object> visit = Map.of("householdId", household, "method", "WECHAT", "visitedAt",
				this.clock.instant().toString(), "riskFound", false, "policyAware", true, "guarantees",
				List.of(Map.of("item", "WATER", "state", "SECURED")));

		Map<String, Object> recorded = post(MINIPROGRAM, Persona.WORKER,
				byId(trusted("RecordVisit"), Map.of("input", visit)));

		assertThat(recorded).doesNotContainKey("errors");
		assertThat(recorded.get("data").toString()).contains("method=WECHAT", "userErrors=[]");
		assertThat(count("SELECT COUNT(*) FROM visit WHERE household_id = ?", rowId(household))).isEqualTo(1);
	}

	@Test
	void aRawDocumentFromTheMiniProgramIsRefusedBeforeItRunsAndChangesNothing() throws IOException {
		Map<String, Object> before = snapshot();
		// even the text of a registered document: the mini-program names documents, it does not send them
		Map<String, Object> refused = post(MINIPROGRAM, Persona.RESIDENT, Map.of("query", trusted("DeclareDifficulty"),
				"variables", Map.of("input", Map.of("riskTypes", List.of("ILLNESS"), "description", "户主住院"))));

		assertThat(refused).doesNotContainKey("data");
		assertThat((String) error(refused).get("message")).startsWith("此客户端只能发送已登记的查询文档")
			.contains("fangpin-miniprogram");
		assertThat(extensions(refused)).containsEntry("code", "BAD_USER_INPUT")
			.containsEntry("limit", "trustedDocuments");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anUnknownDocumentIdIsRefusedForEveryClient() {
		for (String client : List.of(MINIPROGRAM, CONSOLE)) {
			Map<String, Object> refused = post(client, Persona.VILLAGE,
					Map.of("extensions", persistedQuery(UNKNOWN_ID)));

			assertThat(refused).doesNotContainKey("data");
			assertThat((String) error(refused).get("message")).startsWith("未登记的查询文档").contains(UNKNOWN_ID);
			assertThat(extensions(refused)).containsEntry("code", "PERSISTED_QUERY_NOT_FOUND");
		}
	}

	@Test
	void theConsoleKeepsRawGraphQlAndMayNameRegisteredDocumentsToo() throws IOException {
		String me = trusted("Me");
		Map<String, Object> raw = post(CONSOLE, Persona.VILLAGE, Map.of("query", "{ me { name roles } }"));
		assertThat(raw).doesNotContainKey("errors");
		assertThat(raw.get("data").toString()).contains("VILLAGE_CADRE");

		Map<String, Object> byId = post(CONSOLE, Persona.VILLAGE, byId(me, Map.of()));
		assertThat(byId).doesNotContainKey("errors");
		assertThat(byId.get("data").toString()).contains("VILLAGE_CADRE");

		// an id the API does not hold, with the document beside it (as clients of automatic persisted queries
		// retry): raw GraphQL, which the console may send and the mini-program may not
		Map<String, Object> retried = Map.of("query", me, "extensions", persistedQuery(UNKNOWN_ID));
		assertThat(post(CONSOLE, Persona.VILLAGE, retried)).doesNotContainKey("errors");
		assertThat(extensions(post(MINIPROGRAM, Persona.VILLAGE, retried))).containsEntry("limit", "trustedDocuments");
	}

	/**
	 * The county console sends its own documents (console/src/graphql/), raw, with the production setting: each
	 * one runs for a county officer, and what comes back is at most a record not found.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void theConsoleRunsEachOfItsOwnDocumentsRaw() throws IOException {
		Map<String, Object> variables = Map.of("id", householdIn("99990110020101"), "level", "TOWNSHIP", "campaignId",
				globalId("Campaign", 1));
		try (Stream<Path> documents = Files.list(Path.of("console", "src", "graphql"))) {
			List<Path> files = documents.filter((file) -> file.toString().endsWith(".graphql")).sorted().toList();
			assertThat(files).isNotEmpty();
			for (Path file : files) {
				Map<String, Object> answer = post(CONSOLE, Persona.COUNTY,
						Map.of("query", Files.readString(file), "variables", variables));
				List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.getOrDefault("errors", List.of());
				assertThat(errors).as(file.getFileName().toString())
					.allSatisfy((error) -> assertThat(error).extractingByKey("extensions")
						.asInstanceOf(InstanceOfAssertFactories.MAP)
						.containsEntry("code", "NOT_FOUND"));
			}
		}
	}

	/** A registered document, as the mini-program's build holds it. */
	static String trusted(String name) throws IOException {
		return new ClassPathResource("graphql/trusted-documents/miniprogram/" + name + ".graphql")
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The request that names a document by its id instead of sending it. */
	static Map<String, Object> byId(String document, Map<String, Object> variables) {
		return Map.of("extensions", persistedQuery(TrustedDocuments.idOf(document)), "variables", variables);
	}

	private static Map<String, Object> persistedQuery(String id) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", id));
	}

	/** The response to a request of {@code persona} logged in through {@code client}. */
	Map<String, Object> post(String client, Persona persona, Map<String, Object> body) {
		return clientWithToken(tokens().authorizationCodeGrant(client, persona)).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> error(Map<String, Object> response) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> extensions(Map<String, Object> response) {
		return (Map<String, Object>) error(response).get("extensions");
	}

}
