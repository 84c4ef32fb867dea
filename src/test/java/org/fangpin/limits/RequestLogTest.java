package org.fangpin.limits;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response names its request id, and every request leaves one log line that operations can follow
 * (request id, subject, operation, cost, duration, error codes) without a word of personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest extends ApiTest {

	private static final String QUERY = """
			query search($filter: HouseholdFilter) {
			  me { subject name }
			  households(filter: $filter, first: 5) { edges { node { householdNumber members { name idNumber } } } }
			}""";

	@Test
	void theResponseCarriesTheClientsRequestIdOrAFreshOne() {
		clientAs(Persona.WORKER).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Request-Id", "console-42.a")
			.bodyValue(Map.of("query", "{ me { name } }"))
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "console-42.a");
		for (String unusable : new String[] { null, "two words", "x".repeat(65) }) {
			clientAs(Persona.WORKER).post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.headers((headers) -> {
					if (unusable != null) {
						headers.set("X-Request-Id", unusable);
					}
				})
				.bodyValue(Map.of("query", "{ me { name } }"))
				.exchange()
				.expectHeader()
				.valueMatches("X-Request-Id", "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void eachRequestIsLoggedOnceWithoutPersonalData(CapturedOutput output) {
		Map<String, Object> data = (Map<String, Object>) clientAs(Persona.VILLAGE).post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Request-Id", "log-test-7")
			.bodyValue(Map.of("query", QUERY, "operationName", "search", "variables",
					Map.of("filter", Map.of("nameContains", "赵"))))
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("data");
		Map<String, Object> me = (Map<String, Object>) data.get("me");
		String firstMember = String.valueOf(data.get("households"));

		String line = output.getOut()
			.lines()
			.filter((candidate) -> candidate.contains("log-test-7"))
			.reduce((first, second) -> {
				throw new AssertionError("logged twice: " + first + " / " + second);
			})
			.orElseThrow();
		assertThat(line).contains("GraphQL search by " + me.get("subject")).contains("cost ").contains("errors []");
		assertThat(line).doesNotContain((String) me.get("name")).doesNotContain("赵").doesNotContain("nameContains");
		assertThat(firstMember).contains("idNumber");
		assertThat(line).doesNotContainPattern("\\d{17}[\\dX]");

		graphQlAs(Persona.WORKER).mutate()
			.header("X-Request-Id", "log-test-8")
			.build()
			.document("{ household(id: \"nothing\") { householdNumber } }")
			.execute();
		assertThat(output.getOut()).containsPattern("GraphQL query household by .*errors \\[NOT_FOUND\\].*log-test-8");
	}

	@Test
	void inProductionTheLineIsJsonWithEachValueAField() {
		Logger logger = (Logger) LoggerFactory.getLogger(RequestLog.class);
		ListAppender<ILoggingEvent> events = new ListAppender<>();
		events.start();
		logger.addAppender(events);
		try {
			graphQlAs(Persona.WORKER).mutate()
				.header("X-Request-Id", "log-test-9")
				.build()
				.document("query mine { me { name } }")
				.execute();
		}
		finally {
			logger.detachAppender(events);
		}
		ILoggingEvent event = events.list.stream()
			.filter((candidate) -> candidate.getFormattedMessage().contains("log-test-9"))
			.findFirst()
			.orElseThrow();

		// the encoder and settings of the prod profile, on the event the test request logged
		YamlPropertiesFactoryBean prod = new YamlPropertiesFactoryBean();
		prod.setResources(new ClassPathResource("application-prod.yml"));
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new PropertiesPropertySource("prod", prod.getObject()));
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(environment.getProperty("logging.structured.format.console"));
		encoder.start();
		String json = new String(encoder.encode(event), StandardCharsets.UTF_8);

		assertThat(json).startsWith("{")
			.contains("\"requestId\":\"log-test-9\"")
			.contains("\"operation\":\"mine\"")
			.contains("\"errorCodes\":[]")
			.containsPattern("\"subject\":\"[0-9a-f-]{36}\"")
			.containsPattern("\"durationMs\":\\d+")
			.containsPattern("\"cost\":\\d+")
			.contains("\"service\":{\"name\":\"fangpin\"");
	}

}
