package org.fangpin.settings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ErrorCode;
import org.fangpin.support.ApiTest;
import org.fangpin.support.Persona;
import org.fangpin.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;

/**
 * A county sets its own values within the seeds' bounds; what it sets is what its cases are held to, and each
 * change is in the audit trail.
 */
class CountySettingsTest extends ApiTest {

	private static final String SETTINGS = "{ countySettings(countyCode: \"999901\") { name unit value defaultValue min max changedBy version } }";

	private static final String SET = """
			mutation($input: SetCountySettingInput!) {
			  setCountySetting(input: $input) { setting { name value version changedBy } userErrors { field code message } }
			}""";

	@AfterEach
	void backToTheDefaults() {
		this.jdbc.update("DELETE FROM county_setting");
	}

	@Test
	void aCountyHasTheConfiguredDefaultsUntilItSetsItsOwn() {
		List<Map<String, Object>> settings = settings(Persona.TOWNSHIP);
		assertThat(settings)
			.extracting((setting) -> setting.get("name"), (setting) -> setting.get("unit"), (setting) -> setting.get("value"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("IDENTIFICATION_PERIOD", "DAYS", 15),
					org.assertj.core.groups.Tuple.tuple("ELIMINATION_VISIT_PERIOD", "DAYS", 30),
					org.assertj.core.groups.Tuple.tuple("LEAD_DECISION_PERIOD", "DAYS", 7),
					org.assertj.core.groups.Tuple.tuple("CONTACT_VISIT_PERIOD", "DAYS", 30),
					org.assertj.core.groups.Tuple.tuple("WARNING_VERIFICATION_PERIOD", "DAYS", 7),
					// evidence files are recommended until a county requires them
					org.assertj.core.groups.Tuple.tuple("COMMITMENT_LETTERS_REQUIRED", "REQUIREMENT", 0),
					org.assertj.core.groups.Tuple.tuple("APPRAISAL_MINUTES_REQUIRED", "REQUIREMENT", 0),
					org.assertj.core.groups.Tuple.tuple("NOTICE_PHOTOS_REQUIRED", "REQUIREMENT", 0),
					org.assertj.core.groups.Tuple.tuple("CHECK_RECORDS_REQUIRED", "REQUIREMENT", 0),
					// the risk thresholds of seeds 000/004, shared by the screening rules and campaigns
					org.assertj.core.groups.Tuple.tuple("INCOME_DROP_PERCENT", "PERCENT", 30),
					org.assertj.core.groups.Tuple.tuple("RIGID_EXPENDITURE_PERCENT", "PERCENT", 50));
		assertThat(settings).allSatisfy((setting) -> assertThat(setting.get("changedBy")).isNull());
	}

	@Test
	void aCountyOfficerShortensTheIdentificationPeriodAndNewCasesAreHeldToIt() {
		set(Persona.COUNTY, "IDENTIFICATION_PERIOD", 10, 0).path("setCountySetting.userErrors").entityList(Object.class).hasSize(0);
		assertThat(settings(Persona.COUNTY).getFirst()).containsEntry("value", 10).containsEntry("changedBy", "李建国");
		assertThat(count("SELECT COUNT(*) FROM audit_record WHERE operation = 'setCountySetting'")).isPositive();

		String household = graphQlAs(Persona.WORKER).documentName("registerHousehold")
			.variable("input", TestData.registration(GROUP_A1_1, TestData.newIdNumber()))
			.execute()
			.path("registerHousehold.household.id")
			.entity(String.class)
			.get();
		Map<String, Object> lead = graphQlAs(Persona.VILLAGE).documentName("lifecycle")
			.operationName("reportLead")
			.variable("input", Map.of("householdId", household, "source", "CADRE_INSPECTION", "riskTypes",
					List.of("ILLNESS"), "description", "入户排查发现"))
			.execute()
			.path("reportLead.lead")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		GraphQlTester.Response accepted = graphQlAs(Persona.VILLAGE)
			.document("""
					mutation($input: AcceptLeadInput!) {
					  acceptLead(input: $input) { lead { case { discoveredAt deadline } } userErrors { message } }
					}""")
			.variable("input", Map.of("leadId", lead.get("id"), "version", lead.get("version"), "caseType", "MARGINAL"))
			.execute();
		Instant discovered = Instant.parse(accepted.path("acceptLead.lead.case.discoveredAt").entity(String.class).get());
		Instant deadline = Instant.parse(accepted.path("acceptLead.lead.case.deadline").entity(String.class).get());
		assertThat(Duration.between(discovered, deadline)).isEqualTo(Duration.ofDays(10));
	}

	@Test
	void onlyTheCountyOfficerSetsAndOnlyWithinTheSeedsBoundsAndFromTheVersionRead() {
		Map<String, Object> before = snapshot();
		assertError(set(Persona.TOWNSHIP, "IDENTIFICATION_PERIOD", 10, 0), ErrorCode.FORBIDDEN, "setCountySetting");
		assertThat(set(Persona.COUNTY, "IDENTIFICATION_PERIOD", 16, 0).path("setCountySetting.userErrors[*].field")
			.entityList(Object.class)
			.get()).containsExactly(List.of("value"));
		assertThat(set(Persona.COUNTY, "IDENTIFICATION_PERIOD", 10, 3).path("setCountySetting.userErrors[*].code")
			.entityList(String.class)
			.get()).containsExactly("CONFLICT");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(count("SELECT COUNT(*) FROM county_setting")).isZero();

		set(Persona.COUNTY, "WARNING_VERIFICATION_PERIOD", 5, 0).path("setCountySetting.setting.version")
			.entity(Integer.class)
			.isEqualTo(0);
		set(Persona.COUNTY, "WARNING_VERIFICATION_PERIOD", 6, 0).path("setCountySetting.setting.version")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(set(Persona.COUNTY, "WARNING_VERIFICATION_PERIOD", 4, 0).path("setCountySetting.userErrors[*].code")
			.entityList(String.class)
			.get()).containsExactly("CONFLICT");
	}

	private List<Map<String, Object>> settings(Persona persona) {
		return graphQlAs(persona).document(SETTINGS)
			.execute()
			.path("countySettings")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private GraphQlTester.Response set(Persona persona, String name, int value, int version) {
		return graphQlAs(persona).document(SET)
			.variable("input", Map.of("countyCode", "999901", "name", name, "value", value, "version", version))
			.execute();
	}

}
