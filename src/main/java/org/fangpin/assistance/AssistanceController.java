package org.fangpin.assistance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.evidence.EvidenceKind;
import org.fangpin.assistance.AssistanceInputs.CancelMeasureInput;
import org.fangpin.assistance.AssistanceInputs.MeasurePayload;
import org.fangpin.assistance.AssistanceInputs.PlanMeasureInput;
import org.fangpin.assistance.AssistanceInputs.UpdateMeasureInput;
import org.fangpin.household.Member;
import org.fangpin.household.MemberService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.monitoring.WorkItem;
import org.fangpin.monitoring.WorkKind;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The measures of a case, its welfare-trap flag, and the measure mutations. */
@Controller
class AssistanceController {

	private final AssistanceService assistance;

	private final MemberService members;

	private final EvidenceFiles evidence;

	AssistanceController(AssistanceService assistance, MemberService members, EvidenceFiles evidence) {
		this.assistance = assistance;
		this.members = members;
		this.evidence = evidence;
	}

	@BatchMapping(typeName = "Measure")
	Map<Measure, List<EvidenceFile>> files(List<Measure> measures, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byMeasure = this.evidence.ofTargets(caller, EvidenceKind.Target.MEASURE,
				measures.stream().map(Measure::id).toList());
		return measures.stream().collect(Collectors.toMap(Function.identity(), (measure) -> byMeasure.get(measure.id())));
	}

	@Bean
	static NodeResolver measureNodes(MeasureMapper measures) {
		return NodeResolver.of("Measure", (caller, id) -> measures.findById(caller.scope(), id));
	}

	/** The measure of a work item that is one: the measures of its case, one statement for the page. */
	@BatchMapping(typeName = "WorkItem")
	Map<WorkItem, Measure> measure(List<WorkItem> items, @ContextValue Caller caller) {
		List<WorkItem> measureItems = items.stream().filter((item) -> item.kind() == WorkKind.MEASURE_DUE).toList();
		Map<Long, Measure> byId = new HashMap<>();
		this.assistance.measuresOf(caller, measureItems.stream().map(WorkItem::caseId).distinct().toList())
			.values()
			.forEach((measures) -> measures.forEach((measure) -> byId.put(measure.id(), measure)));
		return measureItems.stream()
			.filter((item) -> byId.containsKey(item.id()))
			.collect(Collectors.toMap(Function.identity(), (item) -> byId.get(item.id())));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, List<Measure>> measures(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, List<Measure>> byCase = this.assistance.measuresOf(caller,
				cases.stream().map(MonitoredCase::id).toList());
		return cases.stream().collect(Collectors.toMap(Function.identity(), (c) -> byCase.get(c.id())));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, Boolean> welfareTrapRisk(List<MonitoredCase> cases, @ContextValue Caller caller) {
		Map<Long, Boolean> byCase = this.assistance.welfareTrapRisk(caller, cases);
		return cases.stream().collect(Collectors.toMap(Function.identity(), (c) -> byCase.get(c.id())));
	}

	@BatchMapping(typeName = "Measure")
	Map<Measure, Member> member(List<Measure> measures, @ContextValue Caller caller) {
		Map<Long, Member> byId = this.members.findAll(caller,
				measures.stream().map(Measure::memberId).filter(Objects::nonNull).distinct().toList());
		return measures.stream()
			.filter((measure) -> measure.memberId() != null && byId.containsKey(measure.memberId()))
			.collect(Collectors.toMap(Function.identity(), (measure) -> byId.get(measure.memberId())));
	}

	@MutationMapping
	MeasurePayload planMeasure(@Argument PlanMeasureInput input, Act act) {
		return this.assistance.plan(act, input);
	}

	@MutationMapping
	MeasurePayload updateMeasure(@Argument UpdateMeasureInput input, Act act) {
		return this.assistance.update(act, input);
	}

	@MutationMapping
	MeasurePayload cancelMeasure(@Argument CancelMeasureInput input, Act act) {
		return this.assistance.cancel(act, input);
	}

}
