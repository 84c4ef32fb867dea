package org.fangpin.screening;

import java.util.List;

import org.fangpin.monitoring.RiskType;

/** Why a rule raised a lead: one open lead per household and cause. */
enum RuleCause {

	BELOW_INCOME_LINE(RiskType.OTHER),
	INCOME_DROP(RiskType.INCOME_DROP),
	HIGH_RIGID_EXPENDITURE(RiskType.HIGH_RIGID_EXPENDITURE),
	GUARANTEE_NOT_SECURED(RiskType.OTHER),
	NEW_SERIOUS_ILLNESS(RiskType.ILLNESS),
	NEW_DISABILITY(RiskType.DISABILITY);

	private final RiskType riskType;

	RuleCause(RiskType riskType) {
		this.riskType = riskType;
	}

	List<RiskType> riskTypes() {
		return List.of(this.riskType);
	}

}
