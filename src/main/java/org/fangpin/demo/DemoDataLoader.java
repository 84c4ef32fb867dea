package org.fangpin.demo;

import org.fangpin.grid.GridMapper;
import org.fangpin.household.HouseholdMapper;
import org.fangpin.household.MemberMapper;
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

	private final DemoCounty county;

	DemoDataLoader(GridMapper grids, HouseholdMapper households, MemberMapper members, DemoCounty county) {
		this.grids = grids;
		this.households = households;
		this.members = members;
		this.county = county;
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
		logger.info("Loaded demo county {}: {} grids, {} households, {} members", DemoCounty.COUNTY_CODE,
				data.grids().size(), data.households().size(), data.members().size());
	}

}
