package org.fangpin.situation;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.monitoring.CaseWork;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Visits and income as work on a case's screen: the household's, recorded whatever phase its case is in (an
 * eliminated household is still visited), so nothing about the case refuses them.
 */
@Configuration(proxyBeanMethods = false)
class SituationWork {

	@Bean
	CaseWork visitRecording() {
		return CaseWork.ofHousehold("recordVisit", EvidenceKind.Target.VISIT);
	}

	@Bean
	CaseWork incomeRecording() {
		return CaseWork.ofHousehold("recordIncome", null);
	}

}
