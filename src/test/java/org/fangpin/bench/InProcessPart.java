package org.fangpin.bench;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.fangpin.FangpinApplication;
import org.fangpin.graphql.Page;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.convert.converter.Converter;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Part "inprocess" of {@link ApiBenchmark}: the P1 page without HTTP, to split the web side from the rest. The
 * API is started inside the benchmark's JVM on the same database (its own id node, no snapshot refreshes), the
 * county officer's token decoded once by the API's own decoder and converter, and the page sent to Spring for
 * GraphQL's {@link WebGraphQlHandler} (the interceptors, the limits, the request log, GraphQL, field release,
 * the access log and the data), then written as JSON with the API's mapper; and, for the data alone, the three
 * statements through the services (MyBatis) against the same statements with plain JDBC. CPU per request is
 * this JVM's (its JIT and collector included) and that of the four threads that made the calls alone; same
 * cursors as P1.
 */
final class InProcessPart {

	/** The load: the benchmark's driver, with the CPU of this JVM. */
	@FunctionalInterface
	interface Load {

		/**
		 * Runs {@code call} on every thread and returns requests/s, this JVM's CPU ms per call, and the CPU ms per
		 * call of the threads that made the calls.
		 */
		double[] run(ApiBenchmark.JdbcCall call) throws Exception;

	}

	private final String databaseUrl;

	private final String issuer;

	private final String key;

	private final String token;

	private final List<Long> afters;

	private final Load load;

	private final LedgerPart.Report report;

	InProcessPart(String databaseUrl, String issuer, String key, String token, List<Long> afters, Load load,
			LedgerPart.Report report) {
		this.databaseUrl = databaseUrl;
		this.issuer = issuer;
		this.key = key;
		this.token = token;
		this.afters = afters;
		this.load = load;
		this.report = report;
	}

	void run(String query, String county, RawHouseholdPage raw, String fromApi, boolean idNumbers) throws Exception {
		// as arguments: they outrank the system properties the benchmark set for its own database
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FangpinApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + this.databaseUrl,
					"--fangpin.security.issuer-uri=" + this.issuer, "--fangpin.crypto.key=" + this.key,
					"--fangpin.demo-data.enabled=false", "--fangpin.limits.rate.enabled=false",
					"--fangpin.grid-sync.enabled=false", "--fangpin.statistics.refresh-interval=0",
					"--logging.level.root=WARN", "--db-scheduler.enabled=false")) {
			WebGraphQlHandler handler = context.getBean(WebGraphQlHandler.class);
			JsonMapper json = context.getBean(JsonMapper.class);
			@SuppressWarnings("unchecked")
			Converter<Jwt, ? extends Authentication> callers = (Converter<Jwt, ? extends Authentication>) context
				.getBean("callerAuthenticationConverter");
			Authentication authentication = callers.convert(context.getBean(JwtDecoder.class).decode(this.token));
			Caller caller = (Caller) authentication.getPrincipal();
			HouseholdService households = context.getBean(HouseholdService.class);
			GridService grids = context.getBean(GridService.class);
			AtomicLong next = new AtomicLong();
			String page = new String(json.writeValueAsBytes(execute(handler, authentication, query, cursor(0)).toMap()));
			if (!JsonMapper.builder().build().readTree(page).equals(JsonMapper.builder().build().readTree(fromApi))) {
				throw new IllegalStateException("the in-process page differs from the API's:\n" + page + "\n" + fromApi);
			}
			ApiBenchmark.JdbcCall pageAsJson = (connection) -> json
				.writeValueAsBytes(execute(handler, authentication, query, cursor(next.getAndIncrement())).toMap());
			// this JVM has just started the API: its JIT compiles the request's path before anything is measured, as
			// the API jar's did in the benchmark's warm-up
			this.load.run(pageAsJson);
			double[] execution = this.load.run((connection) -> execute(handler, authentication, query,
					cursor(next.getAndIncrement())));
			double[] written = this.load.run(pageAsJson);
			double[] services = this.load.run((connection) -> {
				List<Household> rows = households.list(caller, null,
						Page.of(50, ApiBenchmark.cursor(this.afters.get((int) (next.getAndIncrement() % this.afters.size())))))
					.edges()
					.stream()
					.map((edge) -> edge.node())
					.toList();
				households.membersOf(caller, rows.stream().map(Household::id).toList());
				grids.findAll(rows.stream().map((row) -> new GridCode(row.groupCode())).distinct().toList());
			});
			double[] jdbc = this.load.run((connection) -> raw.page(connection, "county_code", county,
					this.afters.get((int) (next.getAndIncrement() % this.afters.size())), 50));
			String label = idNumbers ? "with idNumber" : "without idNumber";
			line(label + ": WebGraphQlHandler", execution);
			line(label + ": + JSON writing", written);
			line(label + ": data, services (MyBatis)", services);
			line(label + ": data, raw JDBC + JSON", jdbc);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String cursor(long n) {
		return ApiBenchmark.cursor(this.afters.get((int) (n % this.afters.size())));
	}

	private void line(String what, double[] figures) {
		this.report.line("%-44s %10.0f %12.3f %14.3f", what, figures[0], figures[1], figures[2]);
	}

	void header() {
		this.report.line("%-44s %10s %12s %14s", "in process (no HTTP), 4 threads", "req/s", "JVM CPU ms/req",
				"callers' ms/req");
	}

	private static WebGraphQlResponse execute(WebGraphQlHandler handler, Authentication caller, String query, String after) {
		SecurityContextHolder.getContext().setAuthentication(caller);
		WebGraphQlRequest request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
				new LinkedMultiValueMap<>(), null, Map.of(),
				Map.of("query", query, "variables", Map.of("first", 50, "after", after)), "bench", Locale.ROOT);
		WebGraphQlResponse response = handler.handleRequest(request).block();
		if (response == null || !response.getErrors().isEmpty()) {
			throw new IllegalStateException("in-process request failed: " + ((response != null) ? response.getErrors() : null));
		}
		if (response.getExecutionInput().getGraphQLContext().get(CallerContext.KEY) == null) {
			throw new IllegalStateException("no caller in the in-process request");
		}
		return response;
	}

}
