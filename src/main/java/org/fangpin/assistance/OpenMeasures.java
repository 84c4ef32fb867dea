package org.fangpin.assistance;

import java.util.ArrayList;
import java.util.List;

import org.fangpin.monitoring.CaseMeasures;
import org.fangpin.monitoring.EliminationBlocker;
import org.fangpin.monitoring.EliminationCheck;
import org.fangpin.monitoring.EliminationCondition;
import org.fangpin.monitoring.EliminationKind;
import org.fangpin.monitoring.EliminationSubject;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.Caller;

import org.springframework.stereotype.Component;

/**
 * A risk is not eliminated while planned measures are not completed (seed 003: 措施落实到位); and an
 * elimination declared stable after assistance (帮扶后稳定消除) needs assistance that took effect: a measure
 * in effect or completed, not only planned or cancelled ones.
 */
@Component
class OpenMeasures implements EliminationCondition, CaseMeasures {

	private final MeasureMapper measures;

	OpenMeasures(MeasureMapper measures) {
		this.measures = measures;
	}

	@Override
	public List<Long> notCancelled(Caller caller, MonitoredCase monitoredCase) {
		return this.measures.findByCases(caller.scope(), List.of(monitoredCase.id()))
			.stream()
			.filter((measure) -> measure.status() != MeasureStatus.CANCELLED)
			.map(Measure::id)
			.toList();
	}

	@Override
	public List<EliminationBlocker> blockers(Caller caller, EliminationSubject subject) {
		List<Measure> ofCase = this.measures.findByCases(caller.scope(), List.of(subject.monitoredCase().id()));
		List<EliminationBlocker> blockers = new ArrayList<>();
		long open = ofCase.stream().filter((measure) -> measure.status().isOpen()).count();
		if (open > 0) {
			blockers.add(new EliminationBlocker(EliminationCheck.MEASURES_COMPLETED, "有" + open + "项帮扶措施未完成",
					"完成这些措施（updateMeasure，记为已完成并填写完成日期），或由村干部取消不再需要的措施（cancelMeasure）"));
		}
		boolean taken = ofCase.stream()
			.anyMatch((measure) -> measure.status() == MeasureStatus.IN_PROGRESS
					|| measure.status() == MeasureStatus.COMPLETED);
		if (subject.kind() == EliminationKind.STABLE && !taken) {
			blockers.add(new EliminationBlocker(EliminationCheck.MEASURE_TAKEN, "帮扶后稳定消除，但没有实施中或已完成的帮扶措施",
					"制定并落实帮扶措施（planMeasure、updateMeasure）；未经帮扶而风险消除的，按自然消除（NATURAL）审定"));
		}
		return blockers;
	}

}
