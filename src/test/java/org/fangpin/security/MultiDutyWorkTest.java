package org.fangpin.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.DemoGrids;
import org.fangpin.support.KeycloakConsole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A work list holds the work of each duty under that duty's grid: an account that is village cadre of A1 and
 * township officer of B is waited for by A1's appraisals and B's verifications, never by B's appraisals or A1's
 * verifications, which are other people's work.
 */
class MultiDutyWorkTest extends ApiTest {

	/** What a village cadre takes, and what a township officer takes (DESIGN.md, the case lifecycle). */
	private static final Set<String> VILLAGE_STEPS = Set.of("PENDING_COMMITMENT", "PENDING_APPRAISAL", "IN_NOTICE",
			"ELIMINATION_PROPOSED", "ELIMINATION_NOTICE", "MONITORING");

	private static final Set<String> TOWNSHIP_STEPS = Set.of("PENDING_VERIFICATION", "PENDING_ACCEPTANCE");

	private final CaseFixtures fixtures = new CaseFixtures();

	@AfterEach
	void cleanUp() {
		this.fixtures.remove(this.jdbc);
		new KeycloakConsole(this.issuerUri).deleteUser("village-and-township");
	}

	@Test
	void eachDutysWorkWaitsUnderItsOwnGridOnly() {
		long appraisalA1 = this.fixtures.monitoredHousehold(this.jdbc, DemoGrids.GROUP_A1_1, "PENDING_APPRAISAL", "ILLNESS");
		long verificationA1 = this.fixtures.monitoredHousehold(this.jdbc, DemoGrids.GROUP_A1_2, "PENDING_VERIFICATION",
				"ILLNESS");
		long appraisalB1 = this.fixtures.monitoredHousehold(this.jdbc, DemoGrids.GROUP_B1_1, "PENDING_APPRAISAL", "ILLNESS");
		long verificationB1 = this.fixtures.monitoredHousehold(this.jdbc, DemoGrids.GROUP_B1_2, "PENDING_VERIFICATION",
				"ILLNESS");
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		String user = console.createUser("village-and-township", "兼", "职");
		console.giveDutyByHand(user, "/999901/999901100/999901100201");
		console.giveDutyByHand(user, "/999901/999901200");
		HttpGraphQlTester both = graphQlWithToken(tokens().passwordGrant("fangpin-cli", "village-and-township"));

		List<Map<String, Object>> waiting = both
			.document("{ casesAwaitingMyAction(first: 100) { edges { node { id status household { id grid { code } } } } } }")
			.execute()
			.path("casesAwaitingMyAction.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		List<String> households = waiting.stream().map((node) -> (String) ((Map<?, ?>) node.get("household")).get("id")).toList();
		assertThat(households).contains(globalId("Household", appraisalA1), globalId("Household", verificationB1))
			.doesNotContain(globalId("Household", verificationA1), globalId("Household", appraisalB1));
		for (Map<String, Object> node : waiting) {
			String grid = (String) ((Map<?, ?>) ((Map<?, ?>) node.get("household")).get("grid")).get("code");
			String status = (String) node.get("status");
			boolean villageWork = grid.startsWith(DemoGrids.VILLAGE_A1) && VILLAGE_STEPS.contains(status);
			boolean townshipWork = grid.startsWith(DemoGrids.TOWNSHIP_B) && TOWNSHIP_STEPS.contains(status);
			assertThat(villageWork || townshipWork).as(status + " in " + grid).isTrue();
		}

		List<String> leadGrids = both.document("{ leadsAwaitingDecision(first: 100) { edges { node { household { grid { code } } } } } }")
			.execute()
			.path("leadsAwaitingDecision.edges[*].node.household.grid.code")
			.entityList(String.class)
			.get();
		assertThat(leadGrids).allSatisfy((grid) -> assertThat(grid).startsWith(DemoGrids.VILLAGE_A1));
	}

}
