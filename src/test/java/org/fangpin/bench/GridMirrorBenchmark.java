package org.fangpin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.fangpin.FangpinApplication;
import org.fangpin.devservices.DevServices;
import org.fangpin.grid.GridMirror;
import org.fangpin.support.KeycloakConsole;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a county-sized grid tree costs in Keycloak: loads T townships × V villages × G groups (default
 * 20 × 15 × 10: 3,000 group grids, a county) into the grid table of a fresh database, mirrors it into a
 * fresh Keycloak (every group created through the Admin API), reconciles again (nothing to do: the cost of
 * the check at every start), and measures a token of a person holding one group grid.
 */
public final class GridMirrorBenchmark {

	private static final String COUNTY = "999903";

	private GridMirrorBenchmark() {
	}

	public static void main(String[] args) {
		int townships = (args.length > 0) ? Integer.parseInt(args[0]) : 20;
		int villages = (args.length > 1) ? Integer.parseInt(args[1]) : 15;
		int groups = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		try (ConfigurableApplicationContext context = startApi()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			GridMirror mirror = context.getBean(GridMirror.class);
			String issuer = context.getEnvironment().getProperty("fangpin.security.issuer-uri");
			mirror.reconcile();
			int grids = load(jdbc, COUNTY, townships, villages, groups);
			System.out.printf("%nGrid tree: %,d grids (%,d group grids)%n", grids, townships * villages * groups);
			long start = System.nanoTime();
			GridMirror.Report first = mirror.reconcile();
			double create = (System.nanoTime() - start) / 1e9;
			System.out.printf("First reconciliation (creates every group): %.1f s, %.1f ms/group, created %,d%n", create,
					create * 1000 / first.created().size(), first.created().size());
			for (int round = 1; round <= 3; round++) {
				start = System.nanoTime();
				GridMirror.Report again = mirror.reconcile();
				System.out.printf("Reconciliation in step (reads the whole tree), round %d: %.1f s, %,d groups, %s%n", round,
						(System.nanoTime() - start) / 1e9, again.groups(), again.inStep() ? "in step" : "NOT in step");
			}
			KeycloakConsole console = new KeycloakConsole(issuer);
			String user = console.createUser("benchworker", "测", "试");
			String group = "/" + COUNTY + "/" + COUNTY + "100/" + COUNTY + "100201/" + COUNTY + "10020101";
			console.giveDutyByHand(user, group);
			HttpClient http = HttpClient.newHttpClient();
			List<Long> millis = new ArrayList<>();
			String token = "";
			for (int i = 0; i < 20; i++) {
				long t0 = System.nanoTime();
				token = passwordGrant(http, issuer, "benchworker");
				millis.add((System.nanoTime() - t0) / 1_000_000);
			}
			String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
			System.out.printf("Token of a grid worker holding one group: %,d bytes (payload %,d); grant median %d ms%n",
					token.length(), payload.length(), millis.stream().sorted().toList().get(millis.size() / 2));
		}
		catch (Exception ex) {
			ex.printStackTrace();
		}
		finally {
			System.exit(0);
		}
	}

	/** The API on the dev services (a fresh database and Keycloak, unless configured), without demo data. */
	static ConfigurableApplicationContext startApi() {
		DevServices services = DevServices.start(DevServices.Purpose.TEST);
		return new SpringApplicationBuilder(FangpinApplication.class)
			.initializers((app) -> app.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("devServices", services.properties())))
			.properties("server.port=0", "fangpin.demo-data.enabled=false", "logging.level.root=WARN")
			.run();
	}

	/** A county's tree into the grid table: returns the number of grids written. */
	static int load(JdbcTemplate jdbc, String county, int townships, int villages, int groups) {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { county, null, "COUNTY", "基准县" + county });
		for (int t = 0; t < townships; t++) {
			String township = county + (100 + t);
			rows.add(new Object[] { township, county, "TOWNSHIP", "镇" + t });
			for (int v = 0; v < villages; v++) {
				String village = township + (201 + v);
				rows.add(new Object[] { village, township, "VILLAGE", "村" + v });
				for (int g = 0; g < groups; g++) {
					rows.add(new Object[] { village + "%02d".formatted(g + 1), village, "GROUP", "组" + g });
				}
			}
		}
		jdbc.batchUpdate("INSERT INTO grid (code, parent_code, level, name, created_at) VALUES (?, ?, ?, ?, NOW(3))", rows);
		return rows.size();
	}

	/** An access token of a user with the demo password, through the command-line client. */
	static String passwordGrant(HttpClient http, String issuer, String username) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("grant_type=password&client_id=fangpin-cli&username=" + username + "&password=fangpin"))
			.build();
		String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		int start = body.indexOf("\"access_token\":\"") + 16;
		return body.substring(start, body.indexOf('"', start));
	}

}
