package org.fangpin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;

/**
 * A fictional county at the size of a real one, for benchmarks (never for the shipped API): about 150,000
 * households on 15 townships, 300 villages and 3,000 group grids, 550,000 members, 12,000 cases with their
 * timelines, 40,000 measures, 600,000 visits with the six guarantees each, and income records of two years.
 * Several counties make a province-sized data set. Everything is written through multi-row batch inserts;
 * the same seed gives the same county.
 */
final class CountyGenerator {

	/** Two years of income records, the visits of the last twelve months: relative to this day. */
	static final Instant NOW = Instant.parse("2026-06-30T04:00:00Z");

	private static final long EPOCH_MILLIS = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();

	private static final int BATCH_ROWS = 2_000;

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
			"涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "文", "玉", "兰", "春", "海", "林" };

	private static final String[] TOWNSHIPS = { "石桥", "清河", "柳坪", "白杨", "红岩", "青山", "马场", "新庄", "黄土", "双庙",
			"高桥", "东坪", "西沟", "南川", "北岭", "龙泉", "金沙", "凤凰", "桃园", "河湾" };

	/** The steps of a case that goes all the way, in order. */
	private static final String[] PATH = { "PENDING_COMMITMENT", "PENDING_APPRAISAL", "IN_NOTICE",
			"PENDING_VERIFICATION", "PENDING_APPROVAL", "MONITORING", "ELIMINATION_PROPOSED", "ELIMINATION_NOTICE",
			"PENDING_ACCEPTANCE", "PENDING_ELIMINATION_APPROVAL", "RISK_ELIMINATED" };

	private static final String[] ACTIONS = { "OPEN", "RECORD_COMMITMENT", "PASS_APPRAISAL", "RECORD_NOTICE",
			"RECORD_VERIFICATION", "APPROVE", "PROPOSE_ELIMINATION", "PASS_ELIMINATION_APPRAISAL",
			"RECORD_ELIMINATION_NOTICE", "PASS_ACCEPTANCE", "APPROVE_ELIMINATION" };

	private static final String[] ROLES = { "grid-worker", "village-cadre", "village-cadre", "village-cadre",
			"township-officer", "county-officer", "village-cadre", "village-cadre", "village-cadre", "township-officer",
			"county-officer" };

	private static final String[] RISKS = { "ILLNESS", "DISABILITY", "EDUCATION", "DISASTER", "ACCIDENT",
			"INDUSTRY_FAILURE", "UNSTABLE_EMPLOYMENT", "LABOR_SHORTAGE", "HOUSING_UNSAFE", "INCOME_DROP",
			"HIGH_RIGID_EXPENDITURE" };

	private static final String[] MEASURES = { "INDUSTRY", "EMPLOYMENT", "EDUCATION", "FINANCE", "HOUSING",
			"SUBSISTENCE", "HEALTH", "MOTIVATION", "DISABILITY", "SOCIAL" };

	private static final String[] GUARANTEES = { "FOOD", "CLOTHING", "EDUCATION", "MEDICAL", "HOUSING", "WATER" };

	private final Connection connection;

	private final IdNumberCipher cipher;

	private long idMillis = EPOCH_MILLIS + Duration.ofDays(60).toMillis();

	private int idSequence;

	CountyGenerator(Connection connection, IdNumberCipher cipher) {
		this.connection = connection;
		this.cipher = cipher;
	}

	/** What one county holds. */
	record Counts(int townships, int villages, int groups, int households, int members, int cases, int events,
			int measures, int visits, int incomeRecords) {
	}

	/**
	 * Writes one county.
	 *
	 * @param scale the mean households per group over 50 (1.0: about 150,000 households)
	 * @param visits whether to write visits and their guarantees (six rows each: the bulk of the data)
	 */
	Counts county(String countyCode, String name, long seed, double scale, boolean visits) throws SQLException {
		Random random = new Random(seed);
		List<Object[]> grids = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		grids.add(new Object[] { countyCode, null, "COUNTY", name });
		int villages = 0;
		for (int t = 0; t < 15; t++) {
			String township = countyCode + ((t < 8) ? 100 + t : 200 + t - 8);
			grids.add(new Object[] { township, countyCode, "TOWNSHIP", TOWNSHIPS[t] + ((t < 8) ? "镇" : "乡") });
			int villagesHere = 14 + random.nextInt(13);
			for (int v = 0; v < villagesHere; v++) {
				String village = township + (201 + v);
				grids.add(new Object[] { village, township, "VILLAGE", TOWNSHIPS[t] + (v + 1) + "村" });
				villages++;
				int groupsHere = 6 + random.nextInt(9);
				for (int g = 0; g < groupsHere; g++) {
					String group = village + "%02d".formatted(g + 1);
					grids.add(new Object[] { group, village, "GROUP", TOWNSHIPS[t] + (v + 1) + "村" + (g + 1) + "组" });
					groups.add(group);
				}
			}
		}
		try (Rows rows = new Rows("INSERT INTO grid (code, parent_code, level, name, created_at) VALUES (?, ?, ?, ?, ?)")) {
			for (Object[] grid : grids) {
				rows.add(grid[0], grid[1], grid[2], grid[3], time(NOW.minus(Duration.ofDays(900))));
			}
		}
		// Households are registered over time in no particular order of grid: ids are time-ordered, grids mixed
		List<String> householdGroups = new ArrayList<>();
		for (String group : groups) {
			int low = (int) Math.round(30 * scale);
			int households = low + random.nextInt((int) Math.round(40 * scale) + 1);
			for (int i = 0; i < households; i++) {
				householdGroups.add(group);
			}
		}
		Collections.shuffle(householdGroups, random);
		Map<String, Integer> numbers = new HashMap<>();
		long[] householdIds = new long[householdGroups.size()];
		int[] householdSizes = new int[householdGroups.size()];
		People people = new People(countyCode, random);
		int members = 0;
		try (Rows households = new Rows("INSERT INTO household (id, household_number, county_code, township_code, "
				+ "village_code, group_code, address, category, alleviation_year, phone, low_income_support, "
				+ "extreme_poverty_support, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
				Rows memberRows = new Rows("INSERT INTO member (id, household_id, name, id_number_cipher, id_number_hash, "
						+ "relation, health, disability_type, disability_grade, labour_capacity, schooling_stage, "
						+ "employment_type, months_worked, medical_insurance, created_at, updated_at, version) "
						+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
			for (int i = 0; i < householdGroups.size(); i++) {
				String group = householdGroups.get(i);
				long id = nextId();
				householdIds[i] = id;
				int number = numbers.merge(group, 1, Integer::sum);
				boolean alleviated = random.nextInt(100) < 22;
				LocalDateTime created = time(NOW.minus(Duration.ofDays(400 + random.nextInt(400))));
				households.add(id, group + "%04d".formatted(number), group.substring(0, 6), group.substring(0, 9),
						group.substring(0, 12), group, grids(group) + number + "号", alleviated ? "ALLEVIATED" : "ORDINARY",
						alleviated ? 2016 + random.nextInt(5) : null,
						(random.nextInt(10) < 8) ? "1" + (3 + random.nextInt(7)) + "%09d".formatted(random.nextInt(1_000_000_000)) : null,
						random.nextInt(100) < 6, random.nextInt(100) < 1, created, created);
				householdSizes[i] = people.household(memberRows, id, created);
				members += householdSizes[i];
			}
		}
		int[] caseCounts = cases(random, householdIds, householdGroups, visits);
		int visitCount = visits ? visits(random, householdIds) : 0;
		int incomes = incomes(random, householdIds, householdSizes);
		return new Counts(15, villages, groups.size(), householdIds.length, members, caseCounts[0], caseCounts[1],
				caseCounts[2], visitCount, incomes);
	}

	/** Income lines the screening rules compare against (province prefix, two years). */
	void incomeLines(String regionPrefix) throws SQLException {
		try (Rows rows = new Rows(
				"INSERT INTO income_line (id, year, region_prefix, amount, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)")) {
			rows.add(nextId(), 2024, regionPrefix, 7_000, "省乡村振兴局", time(NOW.minus(Duration.ofDays(700))));
			rows.add(nextId(), 2025, regionPrefix, 7_300, "省乡村振兴局", time(NOW.minus(Duration.ofDays(330))));
		}
	}

	private static String grids(String group) {
		return "第" + group.substring(6, 9) + "乡镇" + group.substring(9, 12) + "村" + group.substring(12) + "组";
	}

	/** About 8 % of households have a case; returns cases, events and measures written. */
	private int[] cases(Random random, long[] householdIds, List<String> householdGroups, boolean measuresToo)
			throws SQLException {
		int caseCount = (int) Math.round(householdIds.length * 0.08);
		List<Integer> chosen = new ArrayList<>(IntStream.range(0, householdIds.length).boxed().toList());
		Collections.shuffle(chosen, random);
		int events = 0;
		int measures = 0;
		People people = new People("999999", random);
		try (Rows cases = new Rows("INSERT INTO monitored_case (id, household_id, active_household_id, type, risk_types, "
				+ "status, discovered_at, deadline, identified_at, closed_at, contact_cadre_name, contact_cadre_phone, "
				+ "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				Rows eventRows = new Rows("INSERT INTO case_event (id, case_id, occurred_at, actor_name, actor_roles, "
						+ "actor_grids, action, from_status, to_status, note, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				Rows leads = new Rows("INSERT INTO risk_lead (id, household_id, source, risk_types, description, status, "
						+ "case_id, dismissal_reason, help_note, reported_by, reported_at, decided_by, decided_at, "
						+ "decide_by, rule_cause, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)");
				Rows measureRows = new Rows("INSERT INTO measure (id, case_id, member_id, category, content, "
						+ "responsible_department, responsible_cadre, funds, planned_completion, status, completed_on, "
						+ "created_at, updated_at, version) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
			for (int c = 0; c < caseCount; c++) {
				long householdId = householdIds[chosen.get(c)];
				int roll = random.nextInt(100);
				// 45 % eliminated, 35 % monitored, 8 % being identified, 4 % eliminating, 4 % rejected, 4 % cleared
				int last;
				String closing = null;
				if (roll < 45) {
					last = 10;
				}
				else if (roll < 80) {
					last = 5;
				}
				else if (roll < 88) {
					last = random.nextInt(5);
				}
				else if (roll < 92) {
					last = 6 + random.nextInt(4);
				}
				else if (roll < 96) {
					last = 4;
					closing = "REJECTED";
				}
				else {
					last = 5;
					closing = "CLEARED";
				}
				String status = (closing != null) ? closing : PATH[last];
				boolean active = closing == null && last != 10;
				// cases being identified are recent, about half past their 15 days; the others up to three years old
				Instant discovered = (last < 5 && closing == null) ? NOW.minus(Duration.ofHours(random.nextInt(30 * 24)))
						: NOW.minus(Duration.ofDays(40 + random.nextInt(1000)));
				Instant deadline = discovered.plus(Duration.ofDays(15));
				Instant identified = (last >= 5 && !"REJECTED".equals(closing))
						? discovered.plus(Duration.ofDays(5 + random.nextInt(10))) : null;
				int steps = last + 1 + ((closing != null) ? 1 : 0);
				Instant step = discovered;
				long caseId = nextId();
				String risks = RISKS[random.nextInt(RISKS.length)]
						+ ((random.nextInt(3) == 0) ? "," + RISKS[random.nextInt(RISKS.length)] : "");
				String group = householdGroups.get(chosen.get(c));
				List<Object[]> timeline = new ArrayList<>();
				for (int s = 0; s < steps; s++) {
					boolean closingStep = s == last + 1;
					String from = (s == 0) ? null : PATH[s - 1];
					String to = closingStep ? closing : PATH[s];
					String action = closingStep ? ("REJECTED".equals(closing) ? "REJECT" : "CLEAR") : ACTIONS[s];
					String role = closingStep ? "county-officer" : ROLES[s];
					if (s > 0) {
						step = (s <= 5 && identified != null) ? discovered.plus(Duration.between(discovered, identified)
							.multipliedBy(s)
							.dividedBy(5)) : step.plus(Duration.ofDays(1 + random.nextInt(60)));
					}
					timeline.add(new Object[] { nextId(), caseId, time(step), people.cadre(), role, group, action, from,
							to, (s == 0) ? "入户排查发现风险" : null,
							(s == 2) ? "{\"participants\":" + (9 + random.nextInt(20)) + "}" : "{}" });
				}
				Instant closed = (closing != null || last == 10) ? step : null;
				Instant updated = step;
				cases.add(caseId, householdId, active ? householdId : null,
						(random.nextInt(10) < 3) ? "UNSTABLE_ALLEVIATED" : (random.nextInt(3) == 0) ? "SUDDEN_HARDSHIP" : "MARGINAL",
						risks, status, time(discovered), time(deadline), time(identified), time(closed),
						(last >= 5) ? people.cadre() : null, (last >= 5) ? "139" + "%08d".formatted(random.nextInt(100_000_000)) : null,
						time(discovered), time(updated), steps - 1);
				for (Object[] event : timeline) {
					eventRows.add(event);
					events++;
				}
				leads.add(nextId(), householdId, "CADRE_INSPECTION", risks, "网格员入户排查发现", "ACCEPTED", caseId, null,
						null, people.cadre(), time(discovered), people.cadre(), time(discovered.plus(Duration.ofDays(1))),
						time(discovered.plus(Duration.ofDays(7))), 1);
				if (measuresToo && last >= 5 && !"REJECTED".equals(closing)) {
					int count = 2 + random.nextInt(5);
					for (int m = 0; m < count; m++) {
						LocalDate planned = LocalDate.ofInstant(identified, ZoneOffset.UTC).plusDays(30 + random.nextInt(300));
						String measureStatus = (last == 10 || random.nextInt(3) > 0) ? "COMPLETED"
								: (random.nextBoolean() ? "IN_PROGRESS" : "PLANNED");
						measureRows.add(nextId(), caseId, MEASURES[random.nextInt(MEASURES.length)], "帮扶措施内容",
								"县乡村振兴局", people.cadre(), 500 + random.nextInt(20_000), planned, measureStatus,
								"COMPLETED".equals(measureStatus) ? planned : null, time(identified), time(identified));
						measures++;
					}
				}
			}
			// leads that were dismissed or are still open
			for (int l = 0; l < caseCount / 4; l++) {
				long householdId = householdIds[chosen.get(caseCount + l)];
				boolean open = l % 3 == 0;
				Instant reported = NOW.minus(Duration.ofHours(random.nextInt(open ? 240 : 20_000)));
				leads.add(nextId(), householdId, (l % 5 == 0) ? "SELF_DECLARATION" : "DEPARTMENT_WARNING",
						RISKS[random.nextInt(RISKS.length)], "部门预警信息核实", open ? "OPEN" : "DISMISSED", null,
						open ? null : "经核实收入稳定，不纳入监测", null, people.cadre(), time(reported), open ? null : people.cadre(),
						open ? null : time(reported.plus(Duration.ofDays(3))), time(reported.plus(Duration.ofDays(7))),
						open ? 0 : 1);
			}
		}
		return new int[] { caseCount, events, measures };
	}

	/** About four visits per household over the last twelve months, each assessing the six guarantees. */
	private int visits(Random random, long[] householdIds) throws SQLException {
		int count = 0;
		try (Rows visits = new Rows("INSERT INTO visit (id, household_id, visitor_name, visitor_roles, method, visited_at, "
				+ "risk_found, risk_note, policy_aware, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				Rows guarantees = new Rows("INSERT INTO visit_guarantee (visit_id, item, state, note) VALUES (?, ?, ?, ?)")) {
			People cadres = new People("999999", random);
			for (long householdId : householdIds) {
				int n = 1 + random.nextInt(7);
				for (int v = 0; v < n; v++) {
					long id = nextId();
					Instant at = NOW.minus(Duration.ofHours(random.nextInt(365 * 24)));
					boolean risk = random.nextInt(100) < 3;
					visits.add(id, householdId, cadres.cadre(), "grid-worker",
							(random.nextInt(10) < 7) ? "IN_PERSON" : (random.nextBoolean() ? "PHONE" : "WECHAT"), time(at),
							risk, risk ? "家中有人患病" : null, random.nextInt(10) < 9, null, time(at));
					for (String item : GUARANTEES) {
						int state = random.nextInt(1000);
						guarantees.add(id, item, (state < 975) ? "SECURED" : (state < 995) ? "AT_RISK" : "NOT_SECURED",
								null);
					}
					count++;
				}
			}
		}
		return count;
	}

	private int incomes(Random random, long[] householdIds, int[] sizes) throws SQLException {
		try (Rows rows = new Rows("INSERT INTO income_record (id, household_id, year, wage_income, operating_income, "
				+ "property_income, transfer_income, productive_expenditure, medical_expenditure, education_expenditure, "
				+ "other_rigid_expenditure, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			People cadres = new People("999999", random);
			for (int i = 0; i < householdIds.length; i++) {
				// per-capita net income log-normal around 13,000 yuan: a few percent fall under the line
				double perCapita = 13_000 * Math.exp(0.45 * random.nextGaussian());
				for (int year = 2024; year <= 2025; year++) {
					double total = perCapita * sizes[i] * (0.95 + 0.1 * random.nextDouble()) + 2_000;
					rows.add(nextId(), householdIds[i], year, Math.round(total * 0.6), Math.round(total * 0.3),
							Math.round(total * 0.02), Math.round(total * 0.08), 2_000, random.nextInt(4_000),
							random.nextInt(3_000), random.nextInt(1_000), cadres.cadre(),
							time(Instant.parse(year + 1 + "-01-20T02:00:00Z")));
				}
			}
		}
		return householdIds.length * 2;
	}

	/** Time-ordered ids as {@code IdGenerator} makes them, node 0, a few thousand per millisecond. */
	private long nextId() {
		if (++this.idSequence == 4096) {
			this.idSequence = 0;
			this.idMillis++;
		}
		return ((this.idMillis - EPOCH_MILLIS) << 22) | this.idSequence;
	}

	private static LocalDateTime time(Instant instant) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	/** Members of households: names, relations, ages and valid, unique ID numbers of the county's region. */
	private final class People {

		private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd");

		private final String region;

		private final Random random;

		private final Map<LocalDate, Integer> sequences = new HashMap<>();

		People(String region, Random random) {
			this.region = region;
			this.random = random;
		}

		String cadre() {
			return SURNAMES[this.random.nextInt(SURNAMES.length)] + GIVEN[this.random.nextInt(GIVEN.length)];
		}

		/** Writes the members of one household, head first; returns how many. */
		int household(Rows rows, long householdId, LocalDateTime created) throws SQLException {
			int roll = this.random.nextInt(100);
			int size = (roll < 8) ? 1 : (roll < 25) ? 2 : (roll < 45) ? 3 : (roll < 70) ? 4 : (roll < 87) ? 5 : (roll < 96) ? 6 : 7;
			String surname = SURNAMES[this.random.nextInt(SURNAMES.length)];
			int headAge = 28 + this.random.nextInt(50);
			boolean headMale = this.random.nextInt(10) < 8;
			member(rows, householdId, surname, "HEAD", headMale, headAge, created);
			for (int i = 1; i < size; i++) {
				if (i == 1 && this.random.nextInt(10) < 8) {
					member(rows, householdId, SURNAMES[this.random.nextInt(SURNAMES.length)], "SPOUSE", !headMale,
							Math.max(20, headAge - 3 + this.random.nextInt(7)), created);
				}
				else if (i == size - 1 && headAge < 55 && this.random.nextBoolean()) {
					member(rows, householdId, surname, "PARENT", this.random.nextBoolean(), headAge + 22 + this.random.nextInt(10),
							created);
				}
				else if (headAge > 60 && this.random.nextBoolean()) {
					member(rows, householdId, surname, "GRANDCHILD", this.random.nextBoolean(),
							Math.max(1, headAge - 50 - this.random.nextInt(10)), created);
				}
				else {
					member(rows, householdId, surname, "CHILD", this.random.nextBoolean(),
							Math.max(1, headAge - 20 - this.random.nextInt(15)), created);
				}
			}
			return size;
		}

		private void member(Rows rows, long householdId, String surname, String relation, boolean male, int age,
				LocalDateTime created) throws SQLException {
			IdNumber idNumber = idNumber(male, age);
			int health = this.random.nextInt(100);
			boolean disabled = this.random.nextInt(100) < 3;
			boolean working = age >= 18 && age < 60;
			rows.add(nextId(), householdId, surname + GIVEN[this.random.nextInt(GIVEN.length)]
					+ ((this.random.nextInt(3) > 0) ? GIVEN[this.random.nextInt(GIVEN.length)] : ""),
					CountyGenerator.this.cipher.encrypt(idNumber), CountyGenerator.this.cipher.lookupHash(idNumber),
					relation, (health < 85) ? "HEALTHY" : (health < 97) ? "CHRONIC_ILLNESS" : "SERIOUS_ILLNESS",
					disabled ? "PHYSICAL" : null, disabled ? 1 + this.random.nextInt(4) : null,
					working ? ((health < 85) ? "ORDINARY" : "WEAK") : (age < 16 ? "NONE" : "WEAK"),
					(age >= 6 && age < 22) ? ((age < 12) ? "PRIMARY" : (age < 15) ? "JUNIOR_SECONDARY" : (age < 18) ? "SENIOR_SECONDARY" : "UNIVERSITY") : null,
					working ? (this.random.nextBoolean() ? "MIGRANT" : "LOCAL") : null,
					working ? 3 + this.random.nextInt(10) : null, this.random.nextInt(100) < 97, created, created);
		}

		private IdNumber idNumber(boolean male, int age) {
			LocalDate birth = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusYears(age).minusDays(this.random.nextInt(365));
			int n = this.sequences.merge(birth, 1, Integer::sum);
			if (n >= 500) {
				return idNumber(male, age + 1);
			}
			String first17 = this.region + birth.format(BIRTH) + "%03d".formatted(n * 2 + (male ? 1 : 0));
			return new IdNumber(first17 + IdNumber.checkCharacter(first17));
		}

	}

	/** Rows of one table, written {@value #BATCH_ROWS} at a time in one statement each. */
	private final class Rows implements AutoCloseable {

		private final PreparedStatement statement;

		private int pending;

		Rows(String sql) throws SQLException {
			this.statement = CountyGenerator.this.connection.prepareStatement(sql);
		}

		void add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				this.statement.setObject(i + 1, values[i]);
			}
			this.statement.addBatch();
			if (++this.pending == BATCH_ROWS) {
				flush();
			}
		}

		private void flush() throws SQLException {
			if (this.pending > 0) {
				this.statement.executeBatch();
				this.pending = 0;
			}
		}

		@Override
		public void close() throws SQLException {
			flush();
			this.statement.close();
		}

	}

	/** Loading speed: no per-row checks the generator already guarantees. */
	static void fastLoad(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET foreign_key_checks = 0, unique_checks = 0");
		}
	}

}
