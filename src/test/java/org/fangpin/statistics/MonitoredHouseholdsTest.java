package org.fangpin.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.monitoring.CaseStatus;
import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.Persona;
import org.fangpin.support.Spreadsheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_A1_2;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * 监测户 means one thing (a case identified and not eliminated): the dashboard, the not-eliminated ledger
 * (附件5) and the progress table (附件1) count the same households, and the households still being identified
 * are a figure of their own.
 */
class MonitoredHouseholdsTest extends ApiTest {

	private final CaseFixtures fixtures = new CaseFixtures();

	@Autowired
	private StatisticsService statistics;

	@AfterEach
	void removeCases() {
		this.fixtures.remove(this.jdbc);
	}

	@Test
	void theDashboardTheLedgerAndTheProgressTableCountTheSameMonitoredHouseholds() {
		// one household of each kind: monitored (twice), being identified (twice), eliminated, cleared
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "PENDING_ELIMINATION_APPROVAL", "INCOME_DROP");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "PENDING_APPRAISAL", "DISASTER");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "PENDING_APPROVAL", "ILLNESS");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "RISK_ELIMINATED", "ILLNESS");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_2, "CLEARED", "ILLNESS");
		long monitored = count(casesOfVillage(CaseStatus.names(CaseStatus::isMonitored)), VILLAGE_A1);
		long identifying = count(casesOfVillage(CaseStatus.names(CaseStatus::isIdentifying)), VILLAGE_A1);
		assertThat(monitored).isGreaterThanOrEqualTo(2);
		assertThat(identifying).isGreaterThanOrEqualTo(2);

		// the dashboard
		this.statistics.refresh();
		GraphQlTester.Response dashboard = graphQlAs(Persona.VILLAGE).documentName("statistics")
			.variable("gridCode", VILLAGE_A1)
			.execute();
		dashboard.path("statistics.total.monitoredHouseholds").entity(Long.class).isEqualTo(monitored);
		dashboard.path("statistics.total.identifyingHouseholds").entity(Long.class).isEqualTo(identifying);

		// the not-eliminated ledger
		assertThat(Spreadsheets.download(clientAs(Persona.VILLAGE), "/ledgers/not-eliminated.xlsx").rows())
			.hasSize((int) monitored);

		// 附件1: a campaign that inspects every household of the village with a case
		String campaign = graphQlAs(Persona.COUNTY).documentName("campaign")
			.operationName("openCampaign")
			.variable("input", Map.of("name", "监测户口径", "startsOn", today(), "endsOn", today(), "gridCodes",
					List.of(VILLAGE_A1), "incomeLine", 6700))
			.execute()
			.path("openCampaign.campaign.id")
			.entity(String.class)
			.get();
		for (Long household : this.jdbc.queryForList("""
				SELECT DISTINCT h.id FROM household h JOIN monitored_case c ON c.household_id = h.id
				WHERE h.village_code = ?""", Long.class, VILLAGE_A1)) {
			inspect(campaign, globalId("Household", household));
		}
		graphQlAs(Persona.VILLAGE).documentName("campaign")
			.operationName("campaignProgress")
			.variable("campaignId", campaign)
			.variable("level", "VILLAGE")
			.variable("gridCode", VILLAGE_A1)
			.execute()
			.path("campaignProgress.total.cumulative.monitoredHouseholds")
			.entity(Long.class)
			.isEqualTo(monitored);
	}

	/** An ordinary household's inspection, or a key household's where the household is one. */
	private void inspect(String campaign, String household) {
		Map<String, Object> input = new HashMap<>(Map.of("campaignId", campaign, "householdId", household, "method",
				"IN_PERSON", "inspectedOn", today(), "riskFound", false, "policyAware", true));
		for (String mutation : List.of("recordInspection", "recordKeyHouseholdInspection")) {
			GraphQlTester.Response response = graphQlAs(Persona.VILLAGE).documentName("campaign")
				.operationName(mutation)
				.variable("input", input)
				.execute();
			if (response.path(mutation + ".userErrors").entityList(Object.class).get().isEmpty()) {
				return;
			}
		}
		throw new AssertionError("not inspected: " + household);
	}

	private String today() {
		return this.clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString();
	}

	private static String casesOfVillage(List<String> statuses) {
		return "SELECT COUNT(*) FROM monitored_case c JOIN household h ON h.id = c.household_id WHERE h.village_code = ?"
				+ " AND c.status IN ('" + String.join("','", statuses) + "')";
	}

}
