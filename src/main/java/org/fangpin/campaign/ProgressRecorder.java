package org.fangpin.campaign;

import java.time.LocalDate;

import org.fangpin.campaign.CampaignMapper.HouseholdFacts;
import org.fangpin.campaign.CampaignMapper.VillageDay;
import org.fangpin.household.Household;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Keeps the progress table's figures (附件1) per campaign, village and day as the inspections, conclusions and
 * checks are recorded, in their transaction, so that the table is a sum of those rows at any level instead of
 * a count of every inspection of the period (issue 12: the county's table within 50 ms on a county of 150,000
 * households). What the figures mean is written beside their tables (migration V13).
 */
@Component
class ProgressRecorder {

	private final CampaignMapper campaigns;

	ProgressRecorder(CampaignMapper campaigns) {
		this.campaigns = campaigns;
	}

	/**
	 * Writes the inspection; the household's first one in the campaign adds the household, as it is now, to
	 * the day inspected. The unique key on the first inspection decides which one is first, also between two
	 * recorded at the same moment.
	 */
	void inspected(Campaign campaign, Inspection inspection, Household household) {
		if (insertedFirst(inspection)) {
			HouseholdFacts facts = this.campaigns.findHouseholdFacts(household.id());
			this.campaigns.addVillageDay(inspection.campaignId(), inspection.inspectedOn(),
					VillageDay.firstInspection(facts));
		}
		this.campaigns.addInspectorDay(campaign.id(), household.villageCode(), inspection.inspectorSubject(),
				DayBlock.of(campaign.startsOn(), inspection.inspectedOn()));
	}

	/** A conclusion is final once recorded (concludeInspection refuses a second), so it is added once. */
	void concluded(long campaignId, Household household, InspectionConclusion conclusion, LocalDate heldOn) {
		this.campaigns.addVillageDay(campaignId, heldOn, VillageDay.conclusion(household.villageCode(), conclusion));
	}

	void checked(CaseCheck check, Household household) {
		this.campaigns.addVillageDay(check.campaignId(), check.checkedOn(),
				VillageDay.check(household.villageCode(), check.kind()));
	}

	private boolean insertedFirst(Inspection inspection) {
		try {
			this.campaigns.insertInspection(inspection, true);
			return true;
		}
		catch (DuplicateKeyException ex) {
			this.campaigns.insertInspection(inspection, false);
			return false;
		}
	}

}
