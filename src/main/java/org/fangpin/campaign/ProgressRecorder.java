package org.fangpin.campaign;

import java.time.LocalDate;
import java.util.List;

import org.fangpin.campaign.CampaignMapper.HouseholdFacts;
import org.fangpin.campaign.CampaignMapper.GridDay;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.monitoring.CaseStatus;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Keeps the progress table's figures (附件1) per campaign, grid (the household's village, township and county)
 * and day, and as running totals per campaign and grid, as the inspections, conclusions and checks are
 * recorded, in their transaction, so that the table is a sum of a level's rows instead of a count of every
 * inspection of the period (issue 12: the county's table within 50 ms on a county of 150,000 households). What
 * the figures mean is written beside their tables (migrations V13 and V42).
 */
@Component
class ProgressRecorder {

	/** 监测户 as the dashboard and the ledgers count them. */
	private static final List<String> MONITORED = CaseStatus.names(CaseStatus::isMonitored);

	private final CampaignMapper campaigns;

	ProgressRecorder(CampaignMapper campaigns) {
		this.campaigns = campaigns;
	}

	/**
	 * Writes the inspection, of a key household or not; the household's first one in the campaign adds the
	 * household, as it is now, to the day inspected. The unique key on the first inspection decides which one is
	 * first, also between two recorded at the same moment.
	 */
	void inspected(Campaign campaign, Inspection inspection, Household household, boolean keyHousehold) {
		if (insertedFirst(inspection, keyHousehold)) {
			HouseholdFacts facts = this.campaigns.findHouseholdFacts(household.id(), MONITORED);
			add(campaign.id(), inspection.inspectedOn(), GridDay.firstInspection(household.villageCode(), facts));
		}
		this.campaigns.addInspectorDay(campaign.id(), lineage(household.villageCode()), inspection.inspectorSubject(),
				DayBlock.of(campaign.startsOn(), inspection.inspectedOn()));
	}

	/** A conclusion is final once recorded (concludeInspection refuses a second), so it is added once. */
	void concluded(long campaignId, Household household, InspectionConclusion conclusion, LocalDate heldOn) {
		add(campaignId, heldOn, GridDay.conclusion(household.villageCode(), conclusion));
	}

	void checked(CaseCheck check, Household household) {
		add(check.campaignId(), check.checkedOn(), GridDay.check(household.villageCode(), check.kind()));
	}

	private void add(long campaignId, LocalDate day, GridDay figures) {
		List<String> codes = lineage(figures.gridCode());
		this.campaigns.addGridDay(campaignId, codes, day, figures.figures());
		this.campaigns.addGridTotal(campaignId, codes, figures.figures());
	}

	/** The village's row and those of its township and county: each level's table is a sum of its own rows. */
	private static List<String> lineage(String villageCode) {
		return new GridCode(villageCode).lineage().stream().map(GridCode::value).toList();
	}

	private boolean insertedFirst(Inspection inspection, boolean keyHousehold) {
		try {
			this.campaigns.insertInspection(inspection, true, keyHousehold);
			return true;
		}
		catch (DuplicateKeyException ex) {
			this.campaigns.insertInspection(inspection, false, keyHousehold);
			return false;
		}
	}

}
