package org.fangpin.campaign;

/** What a campaign meeting was for: the two organisation columns of the progress table (附件1). */
public enum CampaignMeetingKind {

	/** 动员部署: 是否专门安排部署. */
	DEPLOYMENT,
	/** 业务培训: 培训人数 (seed 004: train every cadre, work team, grid worker and information officer). */
	TRAINING

}
