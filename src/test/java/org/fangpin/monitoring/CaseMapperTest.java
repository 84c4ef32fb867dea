package org.fangpin.monitoring;

import java.time.Instant;
import java.util.List;

import org.fangpin.db.IdGenerator;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.fangpin.security.Role;
import org.fangpin.security.rows.Scope;
import org.fangpin.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fangpin.support.DemoGrids.GROUP_A1_1;
import static org.fangpin.support.DemoGrids.GROUP_B1_1;
import static org.fangpin.support.DemoGrids.VILLAGE_A1;

/**
 * The conditional status update as SQL on the real database: it moves a case only from the status and at
 * the version the caller read, and only within the caller's scope, whatever the caller checked before.
 */
@Transactional
class CaseMapperTest extends ApiTest {

	@Autowired
	CaseMapper cases;

	@Autowired
	IdGenerator ids;

	@Test
	void aCaseMovesOnlyFromTheStatusAndVersionReadAndWithinScope() {
		MonitoredCase opened = openCaseIn(GROUP_A1_1);
		MonitoredCase next = withStatus(opened, CaseStatus.PENDING_APPRAISAL);
		Scope village = cadreOf(VILLAGE_A1).scope();
		Scope otherTownship = cadreOf(GROUP_B1_1).scope();

		assertThat(this.cases.transition(otherTownship, next, CaseStatus.PENDING_COMMITMENT, 0)).isZero();
		assertThat(this.cases.transition(village, next, CaseStatus.IN_NOTICE, 0)).isZero();
		assertThat(this.cases.transition(village, next, CaseStatus.PENDING_COMMITMENT, 1)).isZero();
		assertThat(status(opened)).isEqualTo("PENDING_COMMITMENT");

		assertThat(this.cases.transition(village, next, CaseStatus.PENDING_COMMITMENT, 0)).isOne();
		assertThat(status(opened)).isEqualTo("PENDING_APPRAISAL");
		// the same step again finds the status and version moved on
		assertThat(this.cases.transition(village, next, CaseStatus.PENDING_COMMITMENT, 0)).isZero();
	}

	@Test
	void anEmptyIdListReadsNoCase() {
		assertThat(this.cases.findByIds(cadreOf(VILLAGE_A1).scope(), List.of())).isEmpty();
		assertThat(this.cases.findEvents(List.of())).isEmpty();
	}

	private MonitoredCase openCaseIn(String group) {
		long household = count("""
				SELECT MIN(h.id) FROM household h WHERE h.group_code = ?
				AND NOT EXISTS (SELECT 1 FROM monitored_case c WHERE c.household_id = h.id AND c.active_household_id IS NOT NULL)""",
				group);
		Instant now = Instant.now();
		MonitoredCase opened = new MonitoredCase(this.ids.nextId(), household, CaseType.MARGINAL, "ILLNESS",
				CaseStatus.PENDING_COMMITMENT, now, now, null, null, null, null, null, null, now, now, 0);
		this.cases.insert(opened);
		return opened;
	}

	private static MonitoredCase withStatus(MonitoredCase current, CaseStatus status) {
		return new MonitoredCase(current.id(), current.householdId(), current.type(), current.riskTypes(), status,
				current.discoveredAt(), current.deadline(), null, null, null, null, null, null, current.createdAt(), Instant.now(),
				current.version() + 1);
	}

	private String status(MonitoredCase monitoredCase) {
		return this.jdbc.queryForObject("SELECT status FROM monitored_case WHERE id = ?", String.class,
				monitoredCase.id());
	}

	private static Caller cadreOf(String grid) {
		GridCode code = new GridCode(grid);
		Role role = Role.heldIn(code.level()).orElse(Role.COUNTY_OFFICER);
		return new Caller("c", "c", List.of(new HeldDuty(role, code)), null, null, null);
	}

}
