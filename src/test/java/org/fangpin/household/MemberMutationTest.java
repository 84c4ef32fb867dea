package org.fangpin.household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/** Adding, editing and removing members, with the same rules of role, scope, input and version. */
class MemberMutationTest extends ApiTest {

	@Test
	void gridWorkerAddsEditsAndRemovesAMember() {
		String household = registerHousehold();
		GraphQlTester.Response added = add(Persona.WORKER, household, "SPOUSE", details(TestData.newIdNumber()));
		added.path("addMember.userErrors").entityList(Object.class).hasSize(0);
		added.path("addMember.member.household.population").entity(Integer.class).isEqualTo(2);
		String member = added.path("addMember.member.id").entity(String.class).get();

		GraphQlTester.Response edited = update(Persona.VILLAGE,
				Map.of("id", member, "version", 0, "health", "SERIOUS_ILLNESS", "disabilityType", "PHYSICAL",
						"disabilityGrade", 2));
		edited.path("updateMember.member.health").entity(String.class).isEqualTo("SERIOUS_ILLNESS");
		edited.path("updateMember.member.version").entity(Integer.class).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT changes FROM audit_record WHERE operation = 'updateMember' AND target_id = ?", String.class,
				rowId(member)))
			.doesNotContain("SERIOUS_ILLNESS")
			.doesNotContain("PHYSICAL")
			.contains("health");

		GraphQlTester.Response removed = remove(Persona.WORKER, member, 1);
		removed.path("removeMember.removedMemberId").entity(String.class).isEqualTo(member);
		removed.path("removeMember.household.population").entity(Integer.class).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM member WHERE id = ?", rowId(member))).isZero();
	}

	@Test
	void wrongMemberInputGivesUserErrorsAndWritesNothing() {
		String household = registerHousehold();
		String head = headOf(household);
		Map<String, Object> before = snapshot();

		assertUserError(add(Persona.WORKER, household, "HEAD", details(TestData.newIdNumber())), "addMember",
				List.of("relation"));
		Map<String, Object> badGrade = details(TestData.newIdNumber());
		badGrade.put("disabilityType", "VISUAL");
		badGrade.put("disabilityGrade", 5);
		assertUserError(add(Persona.WORKER, household, "CHILD", badGrade), "addMember", List.of("member", "disabilityGrade"));
		Map<String, Object> noName = details(TestData.newIdNumber());
		noName.put("name", "");
		assertUserError(add(Persona.WORKER, household, "CHILD", noName), "addMember", List.of("member", "name"));
		assertUserError(update(Persona.WORKER, Map.of("id", head, "version", 3, "name", "新名字")), "updateMember",
				List.of("version"));
		assertUserError(update(Persona.WORKER, Map.of("id", head, "version", 0, "relation", "CHILD")), "updateMember",
				List.of("relation"));
		assertUserError(update(Persona.WORKER, Map.of("id", head, "version", 0, "monthsWorked", 13)), "updateMember",
				List.of("monthsWorked"));
		assertUserError(remove(Persona.WORKER, head, 0), "removeMember", List.of("id"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void memberChangesFollowRoleAndScope() {
		String household = registerHousehold();
		String head = headOf(household);
		Map<String, Object> before = snapshot();
		assertError(remove(Persona.TOWNSHIP, head, 0), ErrorCode.FORBIDDEN, "removeMember");
		assertError(add(Persona.AUDITOR, household, "CHILD", details(TestData.newIdNumber())),
				ErrorCode.FORBIDDEN, "addMember");
		assertError(update(Persona.CIVIL, Map.of("id", head, "version", 0, "name", "x")), ErrorCode.FORBIDDEN,
				"updateMember");
		assertError(add(Persona.WORKER2, household, "CHILD", details(TestData.newIdNumber())),
				ErrorCode.NOT_FOUND, "addMember");
		assertError(update(Persona.WORKER2, Map.of("id", head, "version", 0, "name", "x")), ErrorCode.NOT_FOUND,
				"updateMember");
		assertThat(snapshot()).isEqualTo(before);

		update(Persona.TOWNSHIP, Map.of("id", head, "version", 0, "name", "钱改名")).path("updateMember.member.name")
			.entity(String.class)
			.isEqualTo("钱改名");
	}

	private String registerHousehold() {
		return graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, TestData.newIdNumber()))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
	}

	private String headOf(String household) {
		return globalId("Member", count("SELECT id FROM member WHERE household_id = ? AND relation = 'HEAD'",
				rowId(household)));
	}

	private static Map<String, Object> details(String idNumber) {
		return new HashMap<>(Map.of("name", "孙成员", "idNumber", idNumber, "health", "CHRONIC_ILLNESS", "labourCapacity",
				"WEAK", "medicalInsurance", true));
	}

	private GraphQlTester.Response add(Persona persona, String household, String relation, Map<String, Object> member) {
		return graphQlAs(persona).documentName("addMember")
			.variable("input", Map.of("householdId", household, "relation", relation, "member", member))
			.execute();
	}

	private GraphQlTester.Response update(Persona persona, Map<String, Object> input) {
		return graphQlAs(persona).documentName("updateMember").variable("input", input).execute();
	}

	private GraphQlTester.Response remove(Persona persona, String member, int version) {
		return graphQlAs(persona).documentName("removeMember")
			.variable("input", Map.of("id", member, "version", version))
			.execute();
	}

	private static void assertUserError(GraphQlTester.Response response, String mutation, List<String> field) {
		response.path(mutation + ".userErrors[*].field")
			.entityList(List.class)
			.satisfies((fields) -> assertThat(fields).contains(field));
	}

}
