package org.fangpin.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fangpin.FangpinApplication;
import org.fangpin.devservices.DevServices;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How fast a scoped page of households is, at every grid level, on a large county: loads N households
 * (default 200,000) into a fresh embedded MariaDB, then pages through them as a county, township, village
 * and group caller, and prints the time per page and the index rows the server read per page. A page is
 * meant to be one range scan of the level's (code, id) index: about page-size rows read, whatever the level.
 */
public final class HouseholdPageBenchmark {

	private static final String COUNTY = "999901";

	private static final int PAGE_SIZE = 20;

	private static final int PAGES = 50;

	private static final int ROUNDS = 20;

	private HouseholdPageBenchmark() {
	}

	public static void main(String[] args) {
		int households = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		// no request is authenticated here: Keycloak is not needed, only an issuer to configure
		System.setProperty("fangpin.security.issuer-uri", "http://localhost:1/realms/benchmark");
		DevServices services = DevServices.start(DevServices.Purpose.TEST);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FangpinApplication.class)
			.initializers((app) -> app.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("devServices", services.properties())))
			.properties("server.port=0", "fangpin.demo-data.enabled=false", "logging.level.root=WARN")
			.run()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			HouseholdService service = context.getBean(HouseholdService.class);
			long loadStart = System.nanoTime();
			load(jdbc, households);
			System.out.printf("%nLoaded %,d households in %.1f s%n", households, (System.nanoTime() - loadStart) / 1e9);
			System.out.printf("%-9s %-15s %12s %12s %16s%n", "level", "grid", "households", "ms/page", "rows read/page");
			measure(jdbc, service, "COUNTY", COUNTY);
			measure(jdbc, service, "TOWNSHIP", COUNTY + "105");
			measure(jdbc, service, "VILLAGE", COUNTY + "105" + "205");
			measure(jdbc, service, "GROUP", COUNTY + "105" + "205" + "05");
		}
		finally {
			// the embedded database's threads would keep the JVM alive; its shutdown hook stops it
			System.exit(0);
		}
	}

	/** 10 townships × 10 villages × 10 groups, households spread evenly over the groups. */
	private static void load(JdbcTemplate jdbc, int households) {
		String now = Instant.now().toString().replace('T', ' ').replace("Z", "");
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < households; i++) {
			int group = i % 1000;
			String township = COUNTY + (100 + group / 100);
			String village = township + (200 + (group / 10) % 10 + 1);
			String groupCode = village + "%02d".formatted(group % 10 + 1);
			rows.add("(%d, 'B%d', '%s', '%s', '%s', '%s', 'x', 'ORDINARY', '%s', '%s', 0)".formatted(1_000_000 + i, i,
					COUNTY, township, village, groupCode, now, now));
			if (rows.size() == 1000 || i == households - 1) {
				jdbc.update("INSERT INTO household (id, household_number, county_code, township_code, village_code, "
						+ "group_code, address, category, created_at, updated_at, version) VALUES " + String.join(",", rows));
				rows.clear();
			}
		}
		jdbc.execute("ANALYZE TABLE household");
	}

	private static void measure(JdbcTemplate jdbc, HouseholdService service, String level, String grid) {
		Role role = switch (level) {
			case "COUNTY" -> Role.COUNTY_OFFICER;
			case "TOWNSHIP" -> Role.TOWNSHIP_OFFICER;
			case "VILLAGE" -> Role.VILLAGE_CADRE;
			default -> Role.GRID_WORKER;
		};
		Caller caller = new Caller("benchmark", "benchmark", List.of(new HeldDuty(role, new GridCode(grid))), null,
				null, null);
		long inScope = service.list(caller, null, Page.of(1, null)).totalCount();
		pageThrough(service, caller);
		long readsBefore = rowsRead(jdbc);
		long start = System.nanoTime();
		int pages = 0;
		for (int round = 0; round < ROUNDS; round++) {
			pages += pageThrough(service, caller);
		}
		double msPerPage = (System.nanoTime() - start) / 1e6 / pages;
		double rowsPerPage = (double) (rowsRead(jdbc) - readsBefore) / pages;
		System.out.printf("%-9s %-15s %,12d %12.3f %16.1f%n", level, grid, inScope, msPerPage, rowsPerPage);
	}

	private static int pageThrough(HouseholdService service, Caller caller) {
		String after = null;
		int pages = 0;
		for (int i = 0; i < PAGES; i++) {
			Connection<Household> page = service.list(caller, null, Page.of(PAGE_SIZE, after));
			pages++;
			if (!page.pageInfo().hasNextPage()) {
				break;
			}
			after = page.pageInfo().endCursor();
		}
		return pages;
	}

	/** Index and table rows the server has read, over all connections (the benchmark runs alone). */
	private static long rowsRead(JdbcTemplate jdbc) {
		return jdbc.queryForList("SHOW GLOBAL STATUS LIKE 'Handler_read%'")
			.stream()
			.mapToLong((row) -> Long.parseLong(String.valueOf(row.get("Value"))))
			.sum();
	}

}
