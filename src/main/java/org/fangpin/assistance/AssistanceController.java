package org.fangpin.assistance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.fangpin.assistance.AssistanceInputs.MeasurePayload;
import org.fangpin.assistance.AssistanceInputs.PlanMeasureInput;
import org.fangpin.assistance.AssistanceInputs.UpdateMeasureInput;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.NodeResolver;
import org.fangpin.graphql.RequestIds;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.fangpin.security.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The measures of a case, its welfare-trap flag, and the measure mutations. */
@Controller
class AssistanceController {

	private final AssistanceService assistance;

	AssistanceController(AssistanceService assistance) {
		this.assistance = assistance;
	}

	@Bean
	static NodeResolver measureNodes(MeasureMapper measures) {
		return NodeResolver.of("Measure", (caller, id) -> measures.findById(Scope.of(caller), id));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, List<Measure>> measures(List<MonitoredCase> cases, GraphQLContext context) {
		Map<Long, List<Measure>> byCase = this.assistance.measuresOf(CallerContext.require(context),
				cases.stream().map(MonitoredCase::id).toList());
		return cases.stream().collect(Collectors.toMap(Function.identity(), (c) -> byCase.get(c.id())));
	}

	@BatchMapping(typeName = "MonitoredCase")
	Map<MonitoredCase, Boolean> welfareTrapRisk(List<MonitoredCase> cases, GraphQLContext context) {
		Map<Long, Boolean> byCase = this.assistance.welfareTrapRisk(CallerContext.require(context), cases);
		return cases.stream().collect(Collectors.toMap(Function.identity(), (c) -> byCase.get(c.id())));
	}

	@SchemaMapping(typeName = "Measure")
	@Nullable String member(Measure measure) {
		Long memberId = measure.memberId();
		return (memberId != null) ? new GlobalId("Member", memberId).encode() : null;
	}

	@MutationMapping
	MeasurePayload planMeasure(@Argument PlanMeasureInput input, @AuthenticationPrincipal Caller caller,
			@ContextValue(RequestIds.KEY) String requestId) {
		return this.assistance.plan(caller, requestId, input);
	}

	@MutationMapping
	MeasurePayload updateMeasure(@Argument UpdateMeasureInput input, @AuthenticationPrincipal Caller caller,
			@ContextValue(RequestIds.KEY) String requestId) {
		return this.assistance.update(caller, requestId, input);
	}

}
