package org.fangpin.household;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.grid.Grid;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.TestData.newIdNumber;
import static org.fangpin.support.TestData.registration;

/**
 * Registering, editing and moving households: allowed to the right roles in their grids, refused to all
 * others, and refused with a clear reason and nothing written when the input is wrong or stale.
 */
class HouseholdMutationTest extends ApiTest {

	@Autowired
	IdNumberCipher cipher;

	@Test
	void gridWorkerRegistersAHouseholdInTheirGroupAndTheRegistrationIsAudited() {
		String idNumber = newIdNumber();
		GraphQlTester.Response response = graphQlAs(Persona.WORKER).mutate()
			.header("X-Request-Id", "register-test-1")
			.build()
			.documentName("registerHousehold")
			.variable("input", registration(GROUP_A1_1, idNumber))
			.execute();

		response.path("registerHousehold.userErrors").entityList(Object.class).hasSize(0);
		response.path("registerHousehold.household.grid.code").entity(String.class).isEqualTo(GROUP_A1_1);
		response.path("registerHousehold.household.householdNumber")
			.entity(String.class)
			.satisfies((number) -> assertThat(number).startsWith(GROUP_A1_1).hasSize(18));
		response.path("registerHousehold.household.population").entity(Integer.class).isEqualTo(1);
		response.path("registerHousehold.household.version").entity(Integer.class).isEqualTo(0);
		response.path("registerHousehold.household.head.relation").entity(String.class).isEqualTo("HEAD");
		response.path("registerHousehold.household.head.gender").entity(String.class).isEqualTo("MALE");
		// a grid worker sees the ID number masked, even the one just typed in, and not the birth date in it
		response.path("registerHousehold.household.head.birthDate").valueIsNull();
		response.path("registerHousehold.household.head.idNumber")
			.entity(String.class)
			.isEqualTo(idNumber.charAt(0) + "*".repeat(16) + idNumber.charAt(17));

		long id = count("SELECT household_id FROM member WHERE id_number_hash = ?",
				this.cipher.lookupHash(new IdNumber(idNumber)));
		Map<String, Object> audit = this.jdbc.queryForMap(
				"SELECT * FROM audit_record WHERE target_type = 'Household' AND target_id = ?", id);
		assertThat(audit).containsEntry("operation", "registerHousehold")
			.containsEntry("request_id", "register-test-1")
			.containsEntry("roles", "grid-worker")
			.containsEntry("grids", GROUP_A1_1);
		assertThat((String) audit.get("changes")).contains("9****************")
			.doesNotContain(idNumber)
			.doesNotContain("13912345678")
			.contains("139****5678");
	}

	@Test
	void onlyGridWorkersAndVillageCadresRegisterAndOnlyInTheirGrids() {
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.TOWNSHIP, Persona.COUNTY, Persona.AUDITOR, Persona.CIVIL,
				Persona.RESIDENT, Persona.ADMIN, Persona.HEALTH_SYSTEM)) {
			assertError(register(persona, registration(GROUP_A1_1, newIdNumber())), ErrorCode.FORBIDDEN,
					"registerHousehold");
		}
		assertError(register(Persona.WORKER, registration(GROUP_B1_1, newIdNumber())), ErrorCode.NOT_FOUND,
				"registerHousehold");
		assertError(register(Persona.WORKER, registration(GROUP_A1_2, newIdNumber())), ErrorCode.NOT_FOUND,
				"registerHousehold");
		assertThat(snapshot()).isEqualTo(before);

		register(Persona.VILLAGE, registration(GROUP_A1_2, newIdNumber())).path("registerHousehold.userErrors")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void invalidInputGivesAUserErrorAndWritesNothing() {
		Map<String, Object> before = snapshot();
		String valid = newIdNumber();
		String wrongCheck = valid.substring(0, 17) + ((valid.charAt(17) == '1') ? '2' : '1');
		String february30 = "99990219850230123";
		assertRefused(registration(GROUP_A1_1, wrongCheck), List.of("head", "idNumber"));
		assertRefused(registration(GROUP_A1_1, february30 + IdNumber.checkCharacter(february30)),
				List.of("head", "idNumber"));
		assertRefused(with(registration(GROUP_A1_1, valid), "phone", "12345678901"), List.of("phone"));
		assertRefused(with(registration(GROUP_A1_1, valid), "address", "村".repeat(10_000)), List.of("address"));
		assertRefused(with(registration(GROUP_A1_1, valid), "alleviationYear", 2019), List.of("alleviationYear"));
		assertRefused(with(registration(GROUP_A1_1, valid), "category", "ALLEVIATED"), List.of("alleviationYear"));
		assertRefused(with(registration(GROUP_A1_1, valid), "groupCode", "999901100201"), List.of("groupCode"));
		assertRefused(withHead(registration(GROUP_A1_1, valid), "name", "   "), List.of("head", "name"));
		assertRefused(withHead(registration(GROUP_A1_1, valid), "name", "名".repeat(10_000)), List.of("head", "name"));
		assertRefused(withHead(registration(GROUP_A1_1, valid), "name", "<script>alert(1)</script>"), List.of("head", "name"));
		assertRefused(withHead(withHead(registration(GROUP_A1_1, valid), "disabilityType", "PHYSICAL"),
				"disabilityGrade", -1), List.of("head", "disabilityGrade"));
		assertRefused(withHead(withHead(registration(GROUP_A1_1, valid), "employmentType", "LOCAL"), "monthsWorked",
				-3), List.of("head", "monthsWorked"));

		assertError(register(Persona.WORKER, with(registration(GROUP_A1_1, valid), "category", "RICH")),
				ErrorCode.BAD_USER_INPUT, "registerHousehold");
		assertError(register(Persona.WORKER, withHead(registration(GROUP_A1_1, valid), "health", "IMMORTAL")),
				ErrorCode.BAD_USER_INPUT, "registerHousehold");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aPersonRegisteredTwiceIsRefusedNamingTheHouseholdOnlyToThoseWhoMaySeeIt() {
		Map<String, Object> existing = this.jdbc.queryForMap("""
				SELECT m.id_number_cipher, h.household_number FROM member m JOIN household h ON h.id = m.household_id
				WHERE h.group_code = ? ORDER BY m.id LIMIT 1""", GROUP_A1_1);
		String idNumber = this.cipher.decrypt((byte[]) existing.get("id_number_cipher")).value();
		String householdNumber = (String) existing.get("household_number");
		Map<String, Object> before = snapshot();

		register(Persona.WORKER, registration(GROUP_A1_1, idNumber)).path("registerHousehold.userErrors[0]")
			.entity(Map.class)
			.satisfies((error) -> {
				assertThat(error.get("code")).isEqualTo("CONFLICT");
				assertThat(error.get("field")).isEqualTo(List.of("head", "idNumber"));
				assertThat((String) error.get("message")).contains(householdNumber);
			});
		register(Persona.WORKER2, registration(GROUP_B1_1, idNumber)).path("registerHousehold.userErrors[0]")
			.entity(Map.class)
			.satisfies((error) -> {
				assertThat(error.get("code")).isEqualTo("CONFLICT");
				assertThat((String) error.get("message")).doesNotContain(householdNumber).contains("其他农户");
			});
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflictAndWritesNothing() {
		String id = registerFor(Persona.WORKER, GROUP_A1_1);
		Map<String, Object> before = snapshot();

		GraphQlTester.Response stale = update(Persona.WORKER, Map.of("id", id, "version", 7, "address", "新地址"));
		stale.path("updateHousehold.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		// the message names the version the caller sent, which is no longer the record's
		stale.path("updateHousehold.userErrors[0].message").entity(String.class)
			.satisfies((message) -> assertThat(message).contains("version 7 "));
		assertThat(snapshot()).isEqualTo(before);

		GraphQlTester.Response updated = update(Persona.TOWNSHIP,
				Map.of("id", id, "version", 0, "address", "青禾县石桥镇东岭村一组 100 号", "phone", "13800001111"));
		updated.path("updateHousehold.household.version").entity(Integer.class).isEqualTo(1);
		updated.path("updateHousehold.household.phone").entity(String.class).isEqualTo("13800001111");
		update(Persona.VILLAGE, Map.of("id", id, "version", 0, "address", "旧版本")).path("updateHousehold.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
		assertThat(this.jdbc.queryForObject("SELECT address FROM household WHERE id = ?", String.class, rowId(id)))
			.isEqualTo("青禾县石桥镇东岭村一组 100 号");
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_record WHERE operation = 'updateHousehold' AND target_id = ?", String.class,
				rowId(id)))
			.contains("138****1111")
			.doesNotContain("13800001111");
	}

	@Test
	void anIdNumberTypedWithALowercaseXIsTheSamePerson() {
		String idNumber = newIdNumber();
		while (!idNumber.endsWith("X")) {
			idNumber = newIdNumber();
		}
		register(Persona.WORKER, registration(GROUP_A1_1, idNumber.toLowerCase(Locale.ROOT)))
			.path("registerHousehold.userErrors")
			.entityList(Object.class)
			.hasSize(0);
		register(Persona.WORKER, registration(GROUP_A1_1, idNumber)).path("registerHousehold.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("CONFLICT");
	}

	@Test
	void aRelocatedHouseholdIsRecordedAsSuchAndCorrected() {
		Map<String, Object> registration = registration(GROUP_A1_1, newIdNumber());
		registration.put("relocated", true);
		String id = graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", registration)
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		assertThat(this.jdbc.queryForObject("SELECT relocated FROM household WHERE id = ?", Boolean.class, rowId(id)))
			.isTrue();
		update(Persona.VILLAGE, Map.of("id", id, "version", 0, "relocated", false))
			.path("updateHousehold.household.relocated")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_record WHERE operation = 'updateHousehold' AND target_id = ?", String.class,
				rowId(id)))
			.contains("relocated");
	}

	@Test
	void editingIsForCadresInScopeOnly() {
		String id = registerFor(Persona.WORKER, GROUP_A1_1);
		Map<String, Object> before = snapshot();
		for (Persona persona : List.of(Persona.AUDITOR, Persona.CIVIL, Persona.RESIDENT, Persona.ADMIN)) {
			assertError(update(persona, Map.of("id", id, "version", 0, "address", "x")), ErrorCode.FORBIDDEN,
					"updateHousehold");
		}
		assertError(update(Persona.WORKER2, Map.of("id", id, "version", 0, "address", "x")), ErrorCode.NOT_FOUND,
				"updateHousehold");
		assertRefusedUpdate(Map.of("id", id, "version", 0, "phone", "1381234567"), List.of("phone"));
		assertRefusedUpdate(Map.of("id", id, "version", 0, "address", ""), List.of("address"));
		assertRefusedUpdate(Map.of("id", id, "version", 0, "category", "ALLEVIATED"), List.of("alleviationYear"));
		assertThat(snapshot()).isEqualTo(before);

		update(Persona.COUNTY, Map.of("id", id, "version", 0, "category", "ALLEVIATED", "alleviationYear", 2019))
			.path("updateHousehold.household.alleviationYear")
			.entity(Integer.class)
			.isEqualTo(2019);
	}

	@Test
	void householdsMoveBetweenGroupsInScopeOnly() {
		String id = registerFor(Persona.VILLAGE, GROUP_A1_1);
		Map<String, Object> before = snapshot();
		assertError(move(Persona.WORKER, id, 0, GROUP_A1_2), ErrorCode.NOT_FOUND, "moveHousehold");
		assertError(move(Persona.TOWNSHIP, id, 0, GROUP_B1_1), ErrorCode.NOT_FOUND, "moveHousehold");
		assertError(move(Persona.AUDITOR, id, 0, GROUP_A1_2), ErrorCode.FORBIDDEN, "moveHousehold");
		move(Persona.VILLAGE, id, 3, GROUP_A1_2).path("moveHousehold.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
		move(Persona.VILLAGE, id, 0, GROUP_A1_1).path("moveHousehold.userErrors[0].field")
			.entityList(String.class)
			.containsExactly("groupCode");
		assertThat(snapshot()).isEqualTo(before);

		move(Persona.VILLAGE, id, 0, GROUP_A1_2).path("moveHousehold.household.grid.code").entity(String.class).isEqualTo(GROUP_A1_2);
		assertThat(this.jdbc.queryForMap("SELECT county_code, township_code, village_code, group_code FROM household WHERE id = ?",
				rowId(id)))
			.containsValues("999901", "999901100", "999901100201", GROUP_A1_2);
		move(Persona.COUNTY, id, 1, GROUP_B1_1).path("moveHousehold.household.grid.code").entity(String.class).isEqualTo(GROUP_B1_1);
		// the village cadre of A1 no longer reaches it
		assertError(graphQlAs(Persona.VILLAGE).documentName("household").variable("id", id).execute(), ErrorCode.NOT_FOUND,
				"household");
	}

	@Test
	void aFullGroupGridRefusesAnotherHousehold() {
		long inGroup = count("SELECT COUNT(*) FROM household WHERE group_code = ?", GROUP_A1_2);
		long firstFiller = 9_000_000_000L;
		int fillers = (int) (Grid.GROUP_CAPACITY - inGroup);
		try {
			for (int i = 0; i < fillers; i++) {
				this.jdbc.update("""
						INSERT INTO household (id, household_number, county_code, township_code, village_code, group_code,
						  address, category, created_at, updated_at, version)
						VALUES (?, ?, '999901', '999901100', '999901100201', ?, 'filler', 'ORDINARY', NOW(3), NOW(3), 0)""",
						firstFiller + i, "F" + (firstFiller + i), GROUP_A1_2);
			}
			Map<String, Object> before = snapshot();
			register(Persona.VILLAGE, registration(GROUP_A1_2, newIdNumber())).path("registerHousehold.userErrors[0]")
				.entity(Map.class)
				.satisfies((error) -> {
					assertThat(error.get("code")).isEqualTo("CONFLICT");
					assertThat((String) error.get("message")).contains("70");
				});
			assertThat(snapshot()).isEqualTo(before);
		}
		finally {
			this.jdbc.update("DELETE FROM household WHERE id >= ? AND address = 'filler'", firstFiller);
		}
	}

	// Helpers

	private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
		input.put(field, value);
		return input;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> withHead(Map<String, Object> input, String field, Object value) {
		((Map<String, Object>) input.get("head")).put(field, value);
		return input;
	}

	private GraphQlTester.Response register(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("registerHousehold").variable("input", input).execute();
	}

	/** Registers a household with a new person as head, and returns its global id. */
	String registerFor(Persona persona, String groupCode) {
		return register(persona, registration(groupCode, newIdNumber())).path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

	private GraphQlTester.Response update(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("updateHousehold").variable("input", input).execute();
	}

	private GraphQlTester.Response move(Persona persona, String id, int version, String groupCode) {
		return graphQlAs(persona).documentName("moveHousehold")
			.variable("input", Map.of("id", id, "version", version, "groupCode", groupCode))
			.execute();
	}

	private void assertRefused(Map<String, Object> input, List<String> field) {
		GraphQlTester.Response response = register(Persona.WORKER, input);
		response.path("registerHousehold.household").valueIsNull();
		response.path("registerHousehold.userErrors[*].field")
			.entityList(List.class)
			.satisfies((fields) -> assertThat(fields).contains(field));
		response.path("registerHousehold.userErrors[*].message")
			.entityList(String.class)
			.satisfies((messages) -> assertThat(messages).allSatisfy((message) -> assertThat(message).isNotBlank()));
	}

	private void assertRefusedUpdate(Map<String, Object> input, List<String> field) {
		GraphQlTester.Response response = update(Persona.WORKER, input);
		response.path("updateHousehold.household").valueIsNull();
		response.path("updateHousehold.userErrors[*].field")
			.entityList(List.class)
			.satisfies((fields) -> assertThat(fields).contains(field));
	}

}
