package org.fangpin.assistance;

import java.util.List;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.monitoring.CaseWork;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.monitoring.StepBlocker;
import org.fangpin.monitoring.StepBlockerCode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 制定帮扶措施 as the work of a case's phase, offered on its screen by the rule {@code planMeasure} refuses on. */
@Configuration(proxyBeanMethods = false)
class AssistanceWork {

	/** Measures are planned for an active case; a closed one gets none. */
	static List<StepBlocker> planning(MonitoredCase monitoredCase) {
		return monitoredCase.status().isActive() ? List.of()
				: List.of(StepBlocker.conflict(StepBlockerCode.CASE_CLOSED, "监测对象已结束（" + monitoredCase.status()
						+ "），不能再制定措施 (CONFLICT: the case is closed)", "该户出现新的风险时，报告风险线索（reportLead）另立监测对象"));
	}

	@Bean
	CaseWork measurePlanning() {
		return new CaseWork("planMeasure", EvidenceKind.Target.MEASURE, AssistanceWork::planning);
	}

}
