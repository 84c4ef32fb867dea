package org.fangpin.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.fangpin.support.ApiTest;
import org.fangpin.support.ConsoleBrowser;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The county console in a real headless Chromium against the real stack: people log in on Keycloak's page, and
 * what the console shows is what the API answers the same person, compared figure by figure and field by field.
 */
class ConsoleBrowserTest extends ApiTest {

	private static final List<String> TOTALS = List.of("households", "people", "alleviatedHouseholds",
			"monitoredHouseholds", "overdueCases", "identifiedThisYear", "eliminatedThisYear", "visitedThisMonth",
			"incomeBelowLine");

	private static final String STATISTICS = "{ statistics { total { " + String.join(" ", TOTALS)
			+ " } children { grid { code } monitoredHouseholds } } }";

	private static final String HOUSEHOLD = """
			query($id: ID!) { household(id: $id) { phone members { name idNumber health } } }""";

	/** The port the console was registered at in the realm (the shared context's, unless it was started again). */
	private static int registeredPort;

	@BeforeEach
	void registerTheConsoleAtThisPort() {
		assumeTrue(ConsoleBrowser.available(), "needs /usr/bin/chromium, /usr/bin/chromedriver and a built console");
		synchronized (ConsoleBrowserTest.class) {
			if (registeredPort != this.port) {
				new KeycloakConsole(this.issuerUri).allowClientAt("fangpin-console", "http://localhost:" + this.port,
						"/console/*");
				registeredPort = this.port;
			}
		}
	}

	@Test
	void aCountyOfficerSeesTheFiguresTheApiGivesForTheCountyOnEveryScreenWithoutAPolicyViolation() {
		Map<String, Object> api = statistics(Persona.COUNTY);
		try (ConsoleBrowser browser = new ConsoleBrowser(this.port)) {
			browser.logIn(Persona.COUNTY);

			assertTotals(browser, api);
			assertThat(browser.loaded(By.cssSelector("[data-test=grid-name]")).getText()).contains("青禾县");
			browser.screenshot("dashboard");
			for (String screen : List.of("work", "campaign", "warnings", "quality", "households")) {
				browser.open("#/" + screen);
				browser.loaded(By.cssSelector("main.page h1"));
				assertThat(browser.findAll(By.cssSelector("[data-test=error]"))).as(screen).isEmpty();
				browser.screenshot(screen);
			}
			assertThat(browser.consoleMessages()).noneMatch((message) -> message.contains("Content Security Policy"));

			// a reload with the session kept: the first screen, as a person opening the console again sees it
			browser.open("");
			browser.loaded(By.cssSelector("[data-test=totals]"));
			Object interactive = browser.script("""
					const mark = performance.getEntriesByName('console-interactive')[0];
					return mark ? Math.round(mark.startTime) : null""");
			assertThat(interactive).as("the first screen marks when it is interactive").isNotNull();
		}
	}

	@Test
	void aTownshipOfficerSeesTheirTownshipAtATabletsWidthWithTheWorkListAndFullIdNumbers() {
		Map<String, Object> api = statistics(Persona.TOWNSHIP);
		Map<String, Object> work = graphQlAs(Persona.TOWNSHIP).document("{ myWorkList(first: 50) { totalCount } }")
			.execute()
			.path("myWorkList")
			.entity(Map.class)
			.get();
		try (ConsoleBrowser browser = new ConsoleBrowser(this.port)) {
			browser.resize(820, 1180);
			browser.logIn(Persona.TOWNSHIP);

			assertTotals(browser, api);
			assertThat(browser.loaded(By.cssSelector("[data-test=grid-name]")).getText()).contains("石桥镇");
			assertThat((Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth"))
				.as("nothing sticks out sideways at a tablet's width")
				.isLessThanOrEqualTo(0L);
			browser.screenshot("dashboard-tablet");

			browser.open("#/work");
			int total = (Integer) work.get("totalCount");
			if (total == 0) {
				assertThat(browser.loaded(By.cssSelector("[data-test=empty]")).getText()).isEqualTo("没有待办事项");
			}
			else {
				assertThat(browser.loaded(By.cssSelector("[data-test=work]"))
					.findElements(By.cssSelector("tbody tr"))).hasSize(Math.min(total, 50));
				assertThat(browser.findAll(By.cssSelector("[data-test=days]")))
					.allMatch((cell) -> cell.getText().matches("(剩|逾期) \\d+ 天"));
			}

			String household = householdIn("99990110020101");
			assertHouseholdAsTheApiShowsIt(browser, Persona.TOWNSHIP, household);
			assertThat(browser.findAll(By.cssSelector("[data-test=id-number]")))
				.allMatch((cell) -> !cell.getText().contains("*"));

			// another township's dashboard is not theirs: the console says so in the API's words
			byte[] answer = clientAs(Persona.TOWNSHIP).post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", "{ statistics(gridCode: \"999901200\") { asOf } }"))
				.exchange()
				.expectBody()
				.returnResult()
				.getResponseBody();
			String refusal = JsonPath.read(new String(answer, StandardCharsets.UTF_8), "$.errors[0].message");
			browser.open("#/?grid=999901200");
			WebElement error = browser.loaded(By.cssSelector("[data-test=error]"));
			assertThat(error.getText()).contains("未找到，或不在您的网格范围内");
			assertThat(error.findElement(By.cssSelector("[data-test=error-message]")).getText()).isEqualTo(refusal);
		}
	}

	@Test
	void anAuditorSeesAHouseholdMaskedExactlyAsTheApiMasksIt() {
		String household = householdIn("99990120020101");
		try (ConsoleBrowser browser = new ConsoleBrowser(this.port)) {
			browser.logIn(Persona.AUDITOR);

			assertHouseholdAsTheApiShowsIt(browser, Persona.AUDITOR, household);
			assertThat(browser.findAll(By.cssSelector("[data-test=id-number]")))
				.allMatch((cell) -> cell.getText().matches("\\d\\*{16}[\\dX]"));
			assertThat(browser.waitFor(By.cssSelector("[data-test=phone]")).getText()).contains("****");
			browser.screenshot("household-auditor");
		}
	}

	@Test
	void aCountyOfficerDownloadsTheRosterWithTheirTokenAndLogsOut() throws IOException {
		try (ConsoleBrowser browser = new ConsoleBrowser(this.port)) {
			browser.logIn(Persona.COUNTY).open("#/ledgers");
			browser.loaded(By.cssSelector("[data-ledger=ROSTER]")).click();

			Path roster = browser.awaitDownload();
			assertThat(browser.waitFor(By.cssSelector("[data-test=downloaded]")).getText()).startsWith("已下载");
			assertThat(roster.getFileName().toString()).endsWith(".xlsx");
			// an XLSX is a zip
			assertThat(Files.readAllBytes(roster)).startsWith('P', 'K');
			browser.screenshot("ledgers");

			// logging out ends the Keycloak session: the console is back at the login page
			browser.waitFor(By.cssSelector("[data-test=logout]")).click();
			browser.waitFor(By.id("kc-login"));
			assertThat(browser.currentUrl()).contains("/realms/fangpin/");
		}
	}

	@Test
	void aGridAdministratorLandsOnTheGridTreeWithItsPeople() {
		try (ConsoleBrowser browser = new ConsoleBrowser(this.port)) {
			browser.logIn(Persona.ADMIN);

			WebElement county = browser.loaded(By.cssSelector("[data-grid='999901']"));
			assertThat(browser.currentUrl()).endsWith("#/grids");
			assertThat(county.getText()).contains("青禾县");
			county.findElement(By.cssSelector("button.toggle")).click();
			assertThat(browser.loaded(By.cssSelector("[data-grid='999901100']")).getText()).contains("石桥镇", "王秀兰");
			browser.screenshot("grids");
		}
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> statistics(Persona persona) {
		return graphQlAs(persona).document(STATISTICS).execute().path("statistics").entity(Map.class).get();
	}

	@SuppressWarnings("unchecked")
	private static void assertTotals(ConsoleBrowser browser, Map<String, Object> api) {
		WebElement totals = browser.loaded(By.cssSelector("[data-test=totals]"));
		Map<String, Object> total = (Map<String, Object>) api.get("total");
		for (String figure : TOTALS) {
			assertThat(totals.findElement(By.cssSelector("[data-figure=" + figure + "] .figure")).getText()).as(figure)
				.isEqualTo(String.valueOf(total.get(figure)));
		}
		List<Map<String, Object>> children = (List<Map<String, Object>>) api.get("children");
		assertThat(browser.findAll(By.cssSelector("[data-test=children] tbody tr"))).hasSize(children.size());
		for (Map<String, Object> child : children) {
			String code = (String) ((Map<String, Object>) child.get("grid")).get("code");
			assertThat(browser.waitFor(By.cssSelector("[data-grid='" + code + "'] [data-figure=monitoredHouseholds]"))
				.getText()).as(code).isEqualTo(String.valueOf(child.get("monitoredHouseholds")));
		}
	}

	/** The household's page shows each member's ID number and health, and the phone, as the API gives them. */
	@SuppressWarnings("unchecked")
	private void assertHouseholdAsTheApiShowsIt(ConsoleBrowser browser, Persona persona, String household) {
		Map<String, Object> api = graphQlAs(persona).document(HOUSEHOLD)
			.variable("id", household)
			.execute()
			.path("household")
			.entity(Map.class)
			.get();
		browser.open("#/households/" + household);
		List<WebElement> idNumbers = browser.loaded(By.cssSelector("[data-test=members]"))
			.findElements(By.cssSelector("[data-test=id-number]"));
		List<Map<String, Object>> members = (List<Map<String, Object>>) api.get("members");
		assertThat(idNumbers).hasSize(members.size());
		for (int i = 0; i < members.size(); i++) {
			Object idNumber = members.get(i).get("idNumber");
			assertThat(idNumbers.get(i).getText()).isEqualTo((idNumber != null) ? idNumber : "（无权查看）");
		}
		Object phone = api.get("phone");
		assertThat(browser.waitFor(By.cssSelector("[data-test=phone]")).getText())
			.isEqualTo((phone != null) ? phone : "（无权查看）");
	}

}
