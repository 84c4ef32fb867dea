package org.fangpin.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.fangpin.FangpinApplication;
import org.fangpin.devservices.DevServices;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.security.Caller;
import org.fangpin.security.Role;
import org.fangpin.statistics.StatisticsService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The county's roster as a spreadsheet, and its dashboard: loads N households (default 150,000, each with
 * its head, an encrypted ID number) into a fresh embedded MariaDB, exports the roster as the county officer
 * (ID numbers in full, so every one is decrypted) into a byte counter, and prints the time, the rows, the
 * size and the peak heap; then times the county's statistics. Run as the README says.
 */
public final class LedgerBenchmark {

	private static final String COUNTY = "999901";

	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	private LedgerBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int households = (args.length > 0) ? Integer.parseInt(args[0]) : 150_000;
		System.setProperty("fangpin.security.issuer-uri", "http://localhost:1/realms/benchmark");
		DevServices services = DevServices.start(DevServices.Purpose.TEST);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FangpinApplication.class)
			.initializers((app) -> app.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("devServices", services.properties())))
			.properties("server.port=0", "fangpin.demo-data.enabled=false", "logging.level.root=WARN")
			.run()) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long loadStart = System.nanoTime();
			load(jdbc, context.getBean(IdNumberCipher.class), households);
			System.out.printf("%nLoaded %,d households with their heads in %.1f s%n", households,
					(System.nanoTime() - loadStart) / 1e9);
			Caller county = new Caller("benchmark", "benchmark", Set.of(Role.COUNTY_OFFICER), List.of(new GridCode(COUNTY)),
					null, null, null);
			LedgerService ledgers = context.getBean(LedgerService.class);
			export(ledgers, county);
			for (int round = 1; round <= 3; round++) {
				resetPeaks();
				long start = System.nanoTime();
				Counter out = new Counter();
				int rows = export(ledgers, county, out);
				System.out.printf("roster, county: %,d rows, %,d bytes in %.2f s, peak heap %d MB%n", rows, out.bytes,
						(System.nanoTime() - start) / 1e9, peakHeap() / (1024 * 1024));
			}
			StatisticsService statistics = context.getBean(StatisticsService.class);
			for (int i = 0; i < 5; i++) {
				statistics.statistics(county, COUNTY);
			}
			long[] times = new long[30];
			for (int i = 0; i < times.length; i++) {
				long start = System.nanoTime();
				statistics.statistics(county, COUNTY);
				times[i] = System.nanoTime() - start;
			}
			Arrays.sort(times);
			System.out.printf("statistics, county: median %.1f ms, p95 %.1f ms%n", times[times.length / 2] / 1e6,
					times[(int) (times.length * 0.95)] / 1e6);
		}
		finally {
			System.exit(0);
		}
	}

	private static void export(LedgerService ledgers, Caller caller) throws IOException {
		export(ledgers, caller, new Counter());
	}

	private static int export(LedgerService ledgers, Caller caller, OutputStream out) throws IOException {
		return ledgers.write(ledgers.prepare(caller, "roster", COUNTY), out);
	}

	/** 10 townships × 10 villages × 10 groups, households spread evenly over the groups. */
	private static void load(JdbcTemplate jdbc, IdNumberCipher cipher, int households) {
		String now = Instant.now().toString().replace('T', ' ').replace("Z", "");
		List<String> grids = new ArrayList<>();
		grids.add("('%s', NULL, 'COUNTY', '青禾县', '%s')".formatted(COUNTY, now));
		for (int group = 0; group < 1000; group++) {
			String township = COUNTY + (100 + group / 100);
			String village = township + (200 + (group / 10) % 10 + 1);
			if (group % 100 == 0) {
				grids.add("('%s', '%s', 'TOWNSHIP', '第%d镇', '%s')".formatted(township, COUNTY, group / 100, now));
			}
			if (group % 10 == 0) {
				grids.add("('%s', '%s', 'VILLAGE', '第%d村', '%s')".formatted(village, township, group / 10, now));
			}
			grids.add("('%s', '%s', 'GROUP', '第%d组', '%s')".formatted(village + "%02d".formatted(group % 10 + 1), village,
					group, now));
		}
		jdbc.update("INSERT INTO grid (code, parent_code, level, name, created_at) VALUES " + String.join(",", grids));
		List<String> rows = new ArrayList<>();
		List<Object[]> heads = new ArrayList<>();
		for (int i = 0; i < households; i++) {
			int group = i % 1000;
			String township = COUNTY + (100 + group / 100);
			String village = township + (200 + (group / 10) % 10 + 1);
			String groupCode = village + "%02d".formatted(group % 10 + 1);
			long id = 1_000_000 + i;
			rows.add("(%d, 'B%d', '%s', '%s', '%s', '%s', '青禾县某某村某某组%d号', '%s', %s, '1391234%04d', '%s', '%s', 0)".formatted(
					id, i, COUNTY, township, village, groupCode, i, (i % 3 == 0) ? "ALLEVIATED" : "ORDINARY",
					(i % 3 == 0) ? "2019" : "NULL", i % 10_000, now, now));
			String first17 = "999902" + LocalDate.of(1950, 1, 1).plusDays(i / 900).format(BASIC) + (100 + i % 900);
			IdNumber number = new IdNumber(first17 + IdNumber.checkCharacter(first17));
			heads.add(new Object[] { 5_000_000L + i, id, "户主" + i, cipher.encrypt(number), cipher.lookupHash(number) });
			if (rows.size() == 1000 || i == households - 1) {
				jdbc.update("INSERT INTO household (id, household_number, county_code, township_code, village_code, "
						+ "group_code, address, category, alleviation_year, phone, created_at, updated_at, version) VALUES "
						+ String.join(",", rows));
				jdbc.batchUpdate("INSERT INTO member (id, household_id, name, id_number_cipher, id_number_hash, relation, health, "
						+ "labour_capacity, medical_insurance, created_at, updated_at, version) "
						+ "VALUES (?, ?, ?, ?, ?, 'HEAD', 'HEALTHY', 'ORDINARY', TRUE, NOW(3), NOW(3), 0)", heads);
				rows.clear();
				heads.clear();
			}
		}
		jdbc.execute("ANALYZE TABLE household, member");
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
	}

	/** Counts the bytes of the workbook and drops them. */
	private static final class Counter extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			this.bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.bytes += len;
		}

	}

}
