package org.fangpin.ledger;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fangpin.support.ApiTest;
import org.fangpin.support.CaseFixtures;
import org.fangpin.support.KeycloakConsole;
import org.fangpin.support.Persona;
import org.fangpin.support.Spreadsheets;
import org.fangpin.support.Spreadsheets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.COUNTY;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.TOWNSHIP_B;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * The ledgers as spreadsheets: read back, they carry the templates' headers, the caller's rows and no more,
 * and personal data released exactly as the API releases it; every export is recorded.
 */
class LedgerExportTest extends ApiTest {

	static final List<String> ROSTER_HEADERS = List.of("序号", "镇", "村", "户主姓名", "户主证件号码", "家庭人口", "脱贫年度",
			"返贫风险类型", "详细原因", "包抓干部", "村组网格", "户编号", "户类型", "监测对象类型", "联系电话", "住址");

	static final List<String> MEASURES_HEADERS = List.of("序号", "镇", "村", "户主姓名", "户主证件号码", "家庭人口", "脱贫年度",
			"返贫风险类型", "制定的帮扶措施", "完成时限", "包抓干部", "措施类别", "帮扶对象", "责任单位", "责任人", "资金（元）", "状态", "完成日期");

	private static final String FULL_ID_NUMBER = "[0-9]{17}[0-9X]";

	private static final String MASKED_ID_NUMBER = "[0-9]\\*{16}[0-9X]";

	private static final String FULL_PHONE = "1[3-9][0-9]{9}";

	private static final String MASKED_PHONE = "1[3-9][0-9]\\*{4}[0-9]{4}";

	private final CaseFixtures fixtures = new CaseFixtures();

	@Test
	void aCadreWhoIsAlsoTheAuditorGetsFullIdNumbersOnlyInTheRowsOfTheirVillage() {
		KeycloakConsole console = new KeycloakConsole(this.issuerUri);
		String user = console.createUser("cadre-auditor", "兼", "审");
		try {
			console.giveDutyByHand(user, "/999901/999901100/999901100201");
			console.giveDutyByHand(user, "/999901/auditor");
			Table roster = download(clientWithToken(tokens().passwordGrant("fangpin-cli", "cadre-auditor")),
					"/ledgers/roster.xlsx");
			List<String> numbers = roster.column("户编号");
			List<String> idNumbers = roster.column("户主证件号码");
			assertThat(numbers).hasSize((int) households("county_code", COUNTY));
			Map<String, String> groupOf = new HashMap<>();
			this.jdbc.queryForList("SELECT household_number, group_code FROM household")
				.forEach((row) -> groupOf.put((String) row.get("household_number"), (String) row.get("group_code")));
			for (int i = 0; i < numbers.size(); i++) {
				boolean inVillage = groupOf.get(numbers.get(i)).startsWith(VILLAGE_A1);
				assertThat(idNumbers.get(i)).as(numbers.get(i)).matches(inVillage ? FULL_ID_NUMBER : MASKED_ID_NUMBER);
			}
			// the access log names the households whose ID numbers the export showed, and only those
			assertThat(this.jdbc.queryForList("""
					SELECT h.village_code FROM sensitive_access_household s JOIN household h ON h.id = s.household_id
					WHERE s.access_id = (SELECT MAX(id) FROM sensitive_access WHERE operation = 'export:roster')""",
					String.class)).isNotEmpty().allMatch(VILLAGE_A1::equals);
		}
		finally {
			console.deleteUser("cadre-auditor");
		}
	}

	@AfterEach
	void removeCases() {
		this.fixtures.remove(this.jdbc);
	}

	@Test
	void gridWorkersRosterHasTheTemplatesHeadersTheirGroupAndMaskedIdNumbers() {
		Table sheet = download(Persona.WORKER, "/ledgers/roster.xlsx");
		assertThat(sheet.headers()).containsExactlyElementsOf(ROSTER_HEADERS);
		assertThat(sheet.rows()).hasSize((int) households("group_code", GROUP_A1_1));
		assertThat(sheet.column("户主证件号码")).allMatch((id) -> id.matches(MASKED_ID_NUMBER));
		assertThat(sheet.column("联系电话")).filteredOn((phone) -> !phone.isEmpty())
			.isNotEmpty()
			.allMatch((phone) -> phone.matches(FULL_PHONE));
		assertThat(sheet.column("序号")).startsWith("1", "2", "3");
		assertThat(sheet.column("村")).containsOnly("东岭村");
	}

	@Test
	void villageCadresRosterCarriesIdNumbersInFull() {
		Table sheet = download(Persona.VILLAGE, "/ledgers/roster.xlsx");
		assertThat(sheet.rows()).hasSize((int) households("village_code", VILLAGE_A1));
		assertThat(sheet.column("户主证件号码")).allMatch((id) -> id.matches(FULL_ID_NUMBER));
	}

	@Test
	void countyOfficerExportsAnyGridOfTheCounty() {
		assertThat(download(Persona.COUNTY, "/ledgers/roster.xlsx?grid=" + TOWNSHIP_B).rows())
			.hasSize((int) households("township_code", TOWNSHIP_B));
		assertThat(download(Persona.COUNTY, "/ledgers/roster.xlsx").rows()).hasSize((int) households("county_code", COUNTY));
	}

	@Test
	void householdsWhoseCasesLookAlikeAreARowEach() {
		// the same type, risks and contact cadre: nothing but the household tells the two rows apart
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		assertThat(download(Persona.WORKER, "/ledgers/roster.xlsx").rows())
			.hasSize((int) households("group_code", GROUP_A1_1));
	}

	@Test
	void auditorGetsPhonesAndIdNumbersMasked() {
		Table sheet = download(Persona.AUDITOR, "/ledgers/roster.xlsx?grid=" + GROUP_A1_1);
		assertThat(sheet.column("户主证件号码")).allMatch((id) -> id.matches(MASKED_ID_NUMBER));
		assertThat(sheet.column("联系电话")).filteredOn((phone) -> !phone.isEmpty()).isNotEmpty()
			.allMatch((phone) -> phone.matches(MASKED_PHONE));
	}

	@Test
	void aGridOutsideTheScopeIsNotFound() {
		status(Persona.WORKER, "/ledgers/roster.xlsx?grid=" + GROUP_B1_1, HttpStatus.NOT_FOUND);
		status(Persona.VILLAGE, "/ledgers/measures.xlsx?grid=" + TOWNSHIP_B, HttpStatus.NOT_FOUND);
		status(Persona.COUNTY, "/ledgers/nothing.xlsx", HttpStatus.NOT_FOUND);
		status(Persona.COUNTY, "/ledgers/roster.xlsx?grid=12x", HttpStatus.BAD_REQUEST);
	}

	@Test
	void aMalformedLedgerPathWithAValidTokenIsNotFoundNotAskedToLogInAgain() {
		// sent as written: the firewall rejects these before the token is read
		for (String path : List.of("/ledgers/nonsense.xlsx", "/ledgers/roster.xlsx/x", "/ledgers/roster", "/ledgers/",
				"/ledgers//roster.xlsx", "/ledgers/roster.xlsx;x", "/ledgers/roster.xlsx%3Bx", "/ledgers/%2e%2e/roster.xlsx")) {
			clientAs(Persona.COUNTY).get()
				.uri(URI.create("http://localhost:" + this.port + path))
				.exchange()
				.expectStatus()
				.value((status) -> assertThat(status).as(path).isEqualTo(HttpStatus.NOT_FOUND.value()));
		}
		// without a token the same path is still refused before anything else
		anonymous().get().uri("/ledgers/roster.xlsx/x").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void departmentsGetTheirDomainsColumnsAndRows() {
		Table sheet = download(Persona.CIVIL, "/ledgers/roster.xlsx?grid=" + GROUP_A1_1);
		assertThat(sheet.headers()).doesNotContain("包抓干部")
			.contains("户主姓名", "户主证件号码", "联系电话", "户类型");
		assertThat(sheet.rows()).hasSize((int) households("group_code", GROUP_A1_1));
		assertThat(sheet.column("户主证件号码")).allMatch((id) -> id.matches(MASKED_ID_NUMBER));
		assertThat(sheet.column("联系电话")).filteredOn((phone) -> !phone.isEmpty()).allMatch((phone) -> phone.matches(MASKED_PHONE));
		// health reads the health measures of cases with an illness, as in the API
		long household = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		this.fixtures.measure(this.jdbc, household, "INDUSTRY", "发展中蜂养殖", "COMPLETED");
		this.fixtures.measure(this.jdbc, household, "HEALTH", "慢病签约服务", "IN_PROGRESS");
		Table measures = download(Persona.HEALTH_SYSTEM, "/ledgers/measures.xlsx");
		assertThat(measures.headers()).doesNotContain("包抓干部");
		assertThat(measures.column("制定的帮扶措施")).contains("慢病签约服务").doesNotContain("发展中蜂养殖");
		assertThat(measures.rows()).hasSize((int) count("""
				SELECT COUNT(*) FROM measure m JOIN monitored_case c ON c.id = m.case_id
				WHERE m.category = 'HEALTH' AND CONCAT(',', c.risk_types, ',') LIKE '%,ILLNESS,%'"""));
	}

	@Test
	void residentsAndGridAdministratorsHaveNoLedgerAndStrangersNoAnswer() {
		status(Persona.RESIDENT, "/ledgers/roster.xlsx", HttpStatus.FORBIDDEN);
		status(Persona.ADMIN, "/ledgers/roster.xlsx", HttpStatus.FORBIDDEN);
		anonymous().get().uri("/ledgers/roster.xlsx").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void measuresLedgerHasOneRowPerMeasureInChinese() {
		long household = this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS,HOUSING_UNSAFE");
		this.fixtures.measure(this.jdbc, household, "INDUSTRY", "发展中蜂养殖", "COMPLETED");
		this.fixtures.measure(this.jdbc, household, "HEALTH", "慢病签约服务", "IN_PROGRESS");
		Table sheet = download(Persona.VILLAGE, "/ledgers/measures.xlsx");
		assertThat(sheet.headers()).containsExactlyElementsOf(MEASURES_HEADERS);
		assertThat(sheet.rows()).hasSize((int) count("""
				SELECT COUNT(*) FROM measure m JOIN monitored_case c ON c.id = m.case_id
				JOIN household h ON h.id = c.household_id WHERE h.village_code = ?""", VILLAGE_A1));
		assertThat(sheet.column("制定的帮扶措施")).contains("发展中蜂养殖", "慢病签约服务");
		assertThat(sheet.column("措施类别")).contains("产业", "健康");
		assertThat(sheet.column("状态")).contains("已完成", "实施中");
		assertThat(sheet.column("返贫风险类型")).contains("因病、住房安全");
		assertThat(sheet.column("户主证件号码")).allMatch((id) -> id.matches(FULL_ID_NUMBER));
		// the worker's copy of the ledger: the measures of the group, ID numbers masked
		Table workers = download(Persona.WORKER, "/ledgers/measures.xlsx");
		assertThat(workers.column("制定的帮扶措施")).contains("发展中蜂养殖");
		assertThat(workers.column("户主证件号码")).allMatch((id) -> id.matches(MASKED_ID_NUMBER));
	}

	@Test
	void eliminatedAndNotEliminatedLedgersSplitTheCases() {
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "MONITORING", "ILLNESS");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "RISK_ELIMINATED", "DISASTER");
		this.fixtures.monitoredHousehold(this.jdbc, GROUP_A1_1, "PENDING_APPRAISAL", "DISASTER");
		Table open = download(Persona.WORKER, "/ledgers/not-eliminated.xlsx");
		Table closed = download(Persona.WORKER, "/ledgers/eliminated.xlsx");
		assertThat(open.headers()).startsWith("序号", "镇街", "行政村", "户主姓名", "家庭人口", "联系电话", "纳入时间", "风险类型",
				"已落实帮扶措施", "帮扶是否落实", "是否达到消除标准", "备注");
		assertThat(closed.headers()).startsWith("序号", "镇街", "行政村", "户主姓名", "家庭人口", "联系电话", "对象类型",
				"收入是否持续稳定", "帮扶措施是否落实");
		assertThat(open.rows()).hasSize((int) cases(GROUP_A1_1, LedgerSheets.NOT_ELIMINATED));
		assertThat(closed.rows()).hasSize((int) cases(GROUP_A1_1, Set.of("RISK_ELIMINATED")));
		assertThat(open.column("风险类型")).contains("因病");
		assertThat(closed.column("对象类型")).contains("边缘易致贫户");
	}

	@Test
	void everyExportIsRecordedWithWhoWhatWhereAndHowMany() {
		long before = count("SELECT COUNT(*) FROM ledger_export");
		Table sheet = download(Persona.WORKER, "/ledgers/roster.xlsx");
		assertThat(count("SELECT COUNT(*) FROM ledger_export")).isEqualTo(before + 1);
		Map<String, Object> record = this.jdbc.queryForMap(
				"SELECT * FROM ledger_export ORDER BY id DESC LIMIT 1");
		assertThat(record).containsEntry("ledger", "ROSTER")
			.containsEntry("grid_code", GROUP_A1_1)
			.containsEntry("row_count", sheet.rows().size())
			.containsEntry("roles", "grid-worker");
		assertThat((Boolean) record.get("completed")).isTrue();
		assertThat((String) record.get("columns_released")).startsWith("序号,镇,村,户主姓名");
		// a refusal exports nothing and records nothing
		status(Persona.RESIDENT, "/ledgers/measures.xlsx", HttpStatus.FORBIDDEN);
		assertThat(count("SELECT COUNT(*) FROM ledger_export")).isEqualTo(before + 1);
	}

	@Test
	void theLedgerListOffersWhatTheCallerMayDownload() {
		graphQlAs(Persona.WORKER).document("{ ledgers { ledger title url columns } }")
			.execute()
			.path("ledgers[*].ledger")
			.entityList(String.class)
			.containsExactly("ROSTER", "MEASURES", "ELIMINATED", "NOT_ELIMINATED", "GRID_WORKERS")
			.path("ledgers[0].url")
			.entity(String.class)
			.isEqualTo("/ledgers/roster.xlsx?grid=" + GROUP_A1_1)
			.path("ledgers[0].title")
			.entity(String.class)
			.isEqualTo("农户花名册");
		graphQlAs(Persona.CIVIL).document("{ ledgers(gridCode: \"" + VILLAGE_A1 + "\") { ledger url columns } }")
			.execute()
			.path("ledgers[*].ledger")
			.entityList(String.class)
			.containsExactly("ROSTER", "MEASURES", "ELIMINATED", "NOT_ELIMINATED", "GRID_WORKERS")
			.path("ledgers[0].columns")
			.entityList(String.class)
			.doesNotContain("包抓干部");
		graphQlAs(Persona.RESIDENT).document("{ ledgers { ledger } }").execute().path("ledgers").entityList(Object.class).hasSize(0);
	}

	@Test
	void gridLedgerListsTheGroupsWithTheirHouseholds() {
		Table sheet = download(Persona.VILLAGE, "/ledgers/grid-workers.xlsx");
		assertThat(sheet.headers()).startsWith("序号", "乡镇（街道、开发区）", "村", "村组网格名称", "农户数", "村组网格员姓名", "村组网格员联系电话", "包保乡村干部姓名", "包保乡村干部联系电话", "村级网格员姓名", "村级网格员联系电话");
		assertThat(sheet.rows()).hasSize((int) count("SELECT COUNT(*) FROM grid WHERE parent_code = ?", VILLAGE_A1));
		assertThat(sheet.column("农户数").stream().mapToInt(Integer::parseInt).sum())
			.isEqualTo((int) households("village_code", VILLAGE_A1));
		assertThat(download(Persona.WORKER, "/ledgers/grid-workers.xlsx").column("农户数"))
			.containsExactly(String.valueOf(households("group_code", GROUP_A1_1)));
	}

	private long households(String column, String grid) {
		return count("SELECT COUNT(*) FROM household WHERE " + column + " = ?", grid);
	}

	private long cases(String group, Collection<String> statuses) {
		return count("SELECT COUNT(*) FROM monitored_case c JOIN household h ON h.id = c.household_id WHERE h.group_code = ? AND c.status IN ('"
				+ String.join("','", statuses) + "')", group);
	}

	private void status(Persona persona, String uri, HttpStatus status) {
		clientAs(persona).get().uri(uri).exchange().expectStatus().isEqualTo(status);
	}

	/** The first sheet of the workbook the persona downloads, as text, every row as wide as the header. */
	private Table download(Persona persona, String uri) {
		return Spreadsheets.download(clientAs(persona), uri);
	}

	private static Table download(WebTestClient client, String uri) {
		return Spreadsheets.download(client, uri);
	}

}
