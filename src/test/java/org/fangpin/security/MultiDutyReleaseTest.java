package org.fangpin.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.support.ApiTest;
import org.fangpin.support.DemoGrids;
import org.fangpin.support.KeycloakConsole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts holding two duties, made in Keycloak for every pair of a pool of duties: on every household, each
 * kind of personal data is released exactly as a small reference model of the brief says, from the duties that
 * cover that household alone. The model is written here again, apart from the code it checks.
 */
class MultiDutyReleaseTest extends ApiTest {

	/** A duty of the pool: the Keycloak group that gives it, what it is, and the grid it covers. */
	private record PoolDuty(String name, String groupPath, String role, String grid) {
	}

	private static final List<PoolDuty> POOL = List.of(
			new PoolDuty("worker A1-1", "/999901/999901100/999901100201/99990110020101", "worker", DemoGrids.GROUP_A1_1),
			new PoolDuty("worker B1-1", "/999901/999901200/999901200201/99990120020101", "worker", DemoGrids.GROUP_B1_1),
			new PoolDuty("cadre A1", "/999901/999901100/999901100201", "village", DemoGrids.VILLAGE_A1),
			new PoolDuty("cadre A2", "/999901/999901100/999901100202", "village", DemoGrids.VILLAGE_A2),
			new PoolDuty("township B", "/999901/999901200", "township", DemoGrids.TOWNSHIP_B),
			new PoolDuty("auditor", "/999901/auditor", "auditor", DemoGrids.COUNTY),
			new PoolDuty("health department", "/999901/department", "department", DemoGrids.COUNTY),
			new PoolDuty("grid admin", "/999901/grid-admin", "admin", DemoGrids.COUNTY));

	private final List<String> made = new ArrayList<>();

	@AfterEach
	void removeTheAccounts() {
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		this.made.forEach(console::deleteUser);
	}

	@Test
	void everyPairOfDutiesReleasesOnEachHouseholdWhatTheDutiesCoveringItGive() {
		Map<String, String> groupOf = new HashMap<>();
		this.jdbc.queryForList("SELECT household_number, group_code FROM household")
			.forEach((row) -> groupOf.put((String) row.get("household_number"), (String) row.get("group_code")));
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		for (int i = 0; i < POOL.size(); i++) {
			for (int j = i + 1; j < POOL.size(); j++) {
				List<PoolDuty> duties = List.of(POOL.get(i), POOL.get(j));
				String username = "duties-" + i + "-" + j;
				String userId = console.createUser(username, "兼", "职" + i + j);
				this.made.add(username);
				for (PoolDuty duty : duties) {
					console.giveDutyByHand(userId, duty.groupPath());
					if (duty.role().equals("department")) {
						console.setAttributeByHand(userId, "department", "HEALTH");
					}
				}
				check(duties, graphQlWithToken(tokens().passwordGrant("fangpin-cli", username)), groupOf);
			}
		}
	}

	private void check(List<PoolDuty> duties, HttpGraphQlTester tester, Map<String, String> groupOf) {
		String as = duties.get(0).name() + " + " + duties.get(1).name();
		Set<String> expected = new HashSet<>();
		groupOf.forEach((number, group) -> {
			if (duties.stream().anyMatch((duty) -> readsHouseholds(duty) && group.startsWith(duty.grid()))) {
				expected.add(number);
			}
		});
		Set<String> seen = new HashSet<>();
		String after = null;
		do {
			GraphQlTester.Response page = tester.documentName("dutyRelease").variable("after", after).execute();
			List<Map<String, Object>> nodes = page.path("households.edges[*].node").entityList(
					new ParameterizedTypeReference<Map<String, Object>>() {
					}).get();
			for (Map<String, Object> node : nodes) {
				String number = (String) node.get("householdNumber");
				seen.add(number);
				String group = groupOf.get(number);
				String on = as + " on " + number;
				assertReleased(on + " phone", (String) node.get("phone"), model(duties, group, "PHONE"),
						"\\d{3}\\*{4}\\d{4}");
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> members = (List<Map<String, Object>>) node.get("members");
				for (Map<String, Object> member : members) {
					assertReleased(on + " idNumber", (String) member.get("idNumber"), model(duties, group, "ID_NUMBER"),
							"\\d\\*{16}[\\dX]");
					assertThat(member.get("birthDate") != null).as(on + " birthDate")
						.isEqualTo(model(duties, group, "ID_NUMBER"));
					assertThat(member.get("health") != null).as(on + " health").isEqualTo(model(duties, group, "HEALTH"));
				}
			}
			boolean more = page.path("households.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("households.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(seen).as(as + ": the households in scope").isEqualTo(expected);
	}

	private static void assertReleased(String what, @Nullable String value, boolean inFull, String masked) {
		if (value == null) {
			return;
		}
		if (inFull) {
			assertThat(value).as(what).doesNotContain("*");
		}
		else {
			assertThat(value).as(what).matches(masked);
		}
	}

	// The reference model: the brief's release rules, for one duty, and for a household through the duties covering it

	private static boolean readsHouseholds(PoolDuty duty) {
		return !duty.role().equals("admin");
	}

	private static boolean model(List<PoolDuty> duties, String group, String kind) {
		return duties.stream()
			.filter((duty) -> readsHouseholds(duty) && group.startsWith(duty.grid()))
			.anyMatch((duty) -> releases(duty.role(), kind));
	}

	private static boolean releases(String role, String kind) {
		boolean villageOrAbove = role.equals("village") || role.equals("township");
		return switch (kind) {
			case "ID_NUMBER" -> villageOrAbove;
			case "PHONE" -> !role.equals("auditor") && !role.equals("department");
			case "HEALTH" -> villageOrAbove || role.equals("department");
			default -> throw new IllegalArgumentException(kind);
		};
	}

}
