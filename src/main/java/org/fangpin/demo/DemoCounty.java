package org.fangpin.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fangpin.grid.Grid;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.DisabilityType;
import org.fangpin.household.EmploymentType;
import org.fangpin.household.Health;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdCategory;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.household.LabourCapacity;
import org.fangpin.household.Member;
import org.fangpin.household.Relation;
import org.fangpin.household.SchoolingStage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 青禾县, a fictional county: 2 townships × 2 villages × 2 groups, 20–40 households per group, with
 * members. Its division code {@code 999901} belongs to no province (province codes end at 82), so its
 * synthetic ID numbers, although their check characters are valid, cannot be mistaken for real people.
 * The data is the same on every run (fixed seed), so the demo users of {@code keycloak/} fit it: the
 * {@code resident} user belongs to household {@value #RESIDENT_HOUSEHOLD_ID}.
 */
@Component
class DemoCounty {

	static final String COUNTY_CODE = "999901";

	/** The household of the demo user {@code resident} (its {@code household_id} attribute). */
	static final long RESIDENT_HOUSEHOLD_ID = 1001;

	private static final long FIRST_MEMBER_ID = 100001;

	/** Every demo id is below this; ids the application generates are far above it. */
	static final long ID_CEILING = 1_000_000;

	/** Ages are counted from here, not from today, so that every run yields the same people. */
	private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final String[][] TOWNSHIPS = { { "100", "石桥镇", "201", "东岭村", "202", "西岭村" },
			{ "200", "柳坪乡", "201", "柳坪村", "202", "河湾村" } };

	private static final String[] GROUP_NAMES = { "一组", "二组" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "孙",
			"郭", "何", "罗" };

	private static final String[] MALE_NAMES = { "建国", "志强", "海军", "永福", "德明", "俊杰", "浩然", "思远", "国庆",
			"文博", "春生", "玉山" };

	private static final String[] FEMALE_NAMES = { "秀英", "桂兰", "玉梅", "小红", "丽娟", "春花", "欣怡", "秋菊", "子涵",
			"雨萱", "淑芬", "彩霞" };

	private static final String[] PHONE_PREFIXES = { "138", "139", "158", "159", "187", "188" };

	private final IdNumberCipher cipher;

	DemoCounty(IdNumberCipher cipher) {
		this.cipher = cipher;
	}

	record Data(List<Grid> grids, List<Household> households, List<Member> members) {
	}

	Data generate() {
		Generation generation = new Generation(new Random(2026), Instant.now().truncatedTo(ChronoUnit.MILLIS));
		GridCode county = new GridCode(COUNTY_CODE);
		generation.grids.add(new Grid(county, null, GridLevel.COUNTY, "青禾县"));
		for (String[] township : TOWNSHIPS) {
			GridCode townshipCode = new GridCode(COUNTY_CODE + township[0]);
			generation.grids.add(new Grid(townshipCode, county, GridLevel.TOWNSHIP, township[1]));
			for (int v = 2; v < township.length; v += 2) {
				GridCode villageCode = new GridCode(townshipCode.value() + township[v]);
				String villageName = township[v + 1];
				generation.grids.add(new Grid(villageCode, townshipCode, GridLevel.VILLAGE, villageName));
				for (int g = 0; g < GROUP_NAMES.length; g++) {
					GridCode groupCode = new GridCode(villageCode.value() + "%02d".formatted(g + 1));
					String groupName = villageName + GROUP_NAMES[g];
					generation.grids.add(new Grid(groupCode, villageCode, GridLevel.GROUP, groupName));
					generation.addHouseholds(groupCode, township[1] + groupName);
				}
			}
		}
		return new Data(generation.grids, generation.households, generation.members);
	}

	/** One run of the generator: the random source and what it has produced so far. */
	private final class Generation {

		private final Random random;

		private final Instant now;

		private final List<Grid> grids = new ArrayList<>();

		private final List<Household> households = new ArrayList<>();

		private final List<Member> members = new ArrayList<>();

		private final Set<String> idNumbers = new HashSet<>();

		private long nextHouseholdId = RESIDENT_HOUSEHOLD_ID;

		private long nextMemberId = FIRST_MEMBER_ID;

		Generation(Random random, Instant now) {
			this.random = random;
			this.now = now;
		}

		void addHouseholds(GridCode group, String place) {
			int count = 20 + this.random.nextInt(21);
			String code = group.value();
			for (int n = 1; n <= count; n++) {
				long id = this.nextHouseholdId++;
				boolean alleviated = this.random.nextInt(10) < 3;
				this.households.add(new Household(id, code + "%04d".formatted(n), code.substring(0, 6),
						code.substring(0, 9), code.substring(0, 12), code, "青禾县" + place + n + "号",
						alleviated ? HouseholdCategory.ALLEVIATED : HouseholdCategory.ORDINARY,
						alleviated ? 2016 + this.random.nextInt(5) : null, phone(), this.random.nextInt(10) == 0,
						this.random.nextInt(50) == 0, false, this.now, this.now, 0));
				addMembers(id, code);
			}
		}

		private void addMembers(long householdId, String groupCode) {
			int size = 1 + this.random.nextInt(6);
			String surname = pick(SURNAMES);
			boolean headIsMale = this.random.nextInt(100) < 85;
			int headAge = 30 + this.random.nextInt(46);
			addMember(householdId, groupCode, surname, Relation.HEAD, headIsMale, headAge);
			if (size >= 2) {
				addMember(householdId, groupCode, pick(SURNAMES), Relation.SPOUSE, !headIsMale,
						Math.max(20, headAge - 5 + this.random.nextInt(11)));
			}
			for (int i = 2; i < size; i++) {
				boolean parent = (i == 5) && headAge < 50;
				int age = parent ? headAge + 25 : Math.max(1, headAge - 20 - this.random.nextInt(15));
				addMember(householdId, groupCode, surname, parent ? Relation.PARENT : Relation.CHILD,
						this.random.nextBoolean(), age);
			}
		}

		private void addMember(long householdId, String groupCode, String surname, Relation relation, boolean male, int age) {
			IdNumber idNumber = idNumber(male, age);
			boolean disabled = this.random.nextInt(20) == 0;
			Integer disabilityGrade = disabled ? 1 + this.random.nextInt(4) : null;
			LabourCapacity labour = labourCapacity(age, disabilityGrade);
			SchoolingStage schooling = schoolingStage(age);
			EmploymentType employment = employment(age, labour, schooling);
			this.members.add(new Member(this.nextMemberId++, householdId, groupCode, surname + pick(male ? MALE_NAMES : FEMALE_NAMES),
					DemoCounty.this.cipher.encrypt(idNumber), DemoCounty.this.cipher.lookupHash(idNumber), relation,
					health(), disabled ? pick(DisabilityType.values()) : null, disabilityGrade, labour, schooling,
					employment, (employment != null) ? 3 + this.random.nextInt(10) : null, this.random.nextInt(100) < 97,
					this.now, this.now, 0));
		}

		/** Region 999901, the birth date, a sequence whose parity gives the gender, the check character. */
		private IdNumber idNumber(boolean male, int age) {
			LocalDate birthDate = REFERENCE_DATE.minusYears(age).minusDays(this.random.nextInt(365));
			String first14 = COUNTY_CODE + BIRTH_DATE.format(birthDate);
			int sequence = 2 * this.random.nextInt(500) + (male ? 1 : 0);
			String first17 = first14 + "%03d".formatted(sequence);
			while (!this.idNumbers.add(first17)) {
				sequence = (sequence + 2) % 1000;
				first17 = first14 + "%03d".formatted(sequence);
			}
			return new IdNumber(first17 + IdNumber.checkCharacter(first17));
		}

		private Health health() {
			int roll = this.random.nextInt(100);
			return (roll < 80) ? Health.HEALTHY : (roll < 94) ? Health.CHRONIC_ILLNESS : Health.SERIOUS_ILLNESS;
		}

		private LabourCapacity labourCapacity(int age, @Nullable Integer disabilityGrade) {
			if (age < 16) {
				return LabourCapacity.NONE;
			}
			if (disabilityGrade != null && disabilityGrade <= 2) {
				return LabourCapacity.LOST;
			}
			if (age > 65) {
				return (this.random.nextInt(5) == 0) ? LabourCapacity.LOST : LabourCapacity.WEAK;
			}
			int roll = this.random.nextInt(10);
			return (roll < 7) ? LabourCapacity.ORDINARY : (roll < 9) ? LabourCapacity.SKILLED : LabourCapacity.WEAK;
		}

		private @Nullable SchoolingStage schoolingStage(int age) {
			if (age >= 3 && age <= 5) {
				return SchoolingStage.PRESCHOOL;
			}
			if (age >= 6 && age <= 11) {
				return SchoolingStage.PRIMARY;
			}
			if (age >= 12 && age <= 14) {
				return SchoolingStage.JUNIOR_SECONDARY;
			}
			if (age >= 15 && age <= 17) {
				return (this.random.nextInt(10) < 3) ? SchoolingStage.VOCATIONAL : SchoolingStage.SENIOR_SECONDARY;
			}
			if (age >= 18 && age <= 21 && this.random.nextInt(10) < 4) {
				return SchoolingStage.UNIVERSITY;
			}
			return null;
		}

		private @Nullable EmploymentType employment(int age, LabourCapacity labour,
				@Nullable SchoolingStage schooling) {
			boolean ableToWork = labour == LabourCapacity.ORDINARY || labour == LabourCapacity.SKILLED;
			if (!ableToWork || schooling != null || age < 18 || age > 60) {
				return null;
			}
			int roll = this.random.nextInt(100);
			return (roll < 45) ? EmploymentType.MIGRANT : (roll < 80) ? EmploymentType.LOCAL : null;
		}

		private @Nullable String phone() {
			if (this.random.nextInt(10) < 4) {
				return null;
			}
			return pick(PHONE_PREFIXES) + "%08d".formatted(this.random.nextInt(100_000_000));
		}

		private <T> T pick(T[] values) {
			return values[this.random.nextInt(values.length)];
		}

	}

}
