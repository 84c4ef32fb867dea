package org.fangpin.assistance;

import java.util.List;

import org.fangpin.monitoring.EliminationBlocker;
import org.fangpin.monitoring.EliminationCheck;
import org.fangpin.monitoring.EliminationCondition;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.Caller;
import org.fangpin.security.Scope;

import org.springframework.stereotype.Component;

/** A risk is not eliminated while planned measures are not completed (seed 003: 措施落实到位). */
@Component
class OpenMeasures implements EliminationCondition {

	private final MeasureMapper measures;

	OpenMeasures(MeasureMapper measures) {
		this.measures = measures;
	}

	@Override
	public List<EliminationBlocker> blockers(Caller caller, MonitoredCase monitoredCase) {
		long open = this.measures.findByCases(Scope.of(caller), List.of(monitoredCase.id()))
			.stream()
			.filter((measure) -> measure.status().isOpen())
			.count();
		return (open > 0) ? List.of(new EliminationBlocker(EliminationCheck.MEASURES_COMPLETED, "有" + open + "项帮扶措施未完成")) : List.of();
	}

}
