package org.fangpin.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;

import org.fangpin.graphql.InputCheck;
import org.fangpin.grid.GridMapper;
import org.fangpin.household.HouseholdMapper;
import org.fangpin.household.MemberMapper;
import org.fangpin.situation.IncomeLine;
import org.fangpin.situation.IncomeMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads {@link DemoCounty} once, into a database that has no grids yet. */
@Component
@ConditionalOnBooleanProperty("fangpin.demo-data.enabled")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final GridMapper grids;

	private final HouseholdMapper households;

	private final MemberMapper members;

	/** Seed 004's line (神木市 2022), so that the demo's incomes compare with something. */
	private static final BigDecimal INCOME_LINE = new BigDecimal("6700.00");

	private final DemoCounty county;

	private final IncomeMapper incomes;

	private final Clock clock;

	DemoDataLoader(GridMapper grids, HouseholdMapper households, MemberMapper members, DemoCounty county,
			IncomeMapper incomes, Clock clock) {
		this.grids = grids;
		this.households = households;
		this.members = members;
		this.county = county;
		this.incomes = incomes;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.grids.count() > 0) {
			return;
		}
		DemoCounty.Data data = this.county.generate();
		this.grids.insertAll(data.grids());
		this.households.insertHouseholds(data.households());
		this.members.insertMembers(data.members());
		// the lines of this year and last, the years elimination looks at; a county officer changes them
		int year = Year.now(this.clock.withZone(InputCheck.ZONE)).getValue();
		for (int lineYear = year - 1; lineYear <= year; lineYear++) {
			this.incomes.insertLine(new IncomeLine(900_000 + lineYear, lineYear, DemoCounty.COUNTY_CODE, INCOME_LINE,
					"演示数据", this.clock.instant()));
		}
		logger.info("Loaded demo county {}: {} grids, {} households, {} members", DemoCounty.COUNTY_CODE,
				data.grids().size(), data.households().size(), data.members().size());
	}

}
