package org.fangpin.welfare;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.household.Household;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.welfare.WelfareInputs.WelfareDecisionInput;
import org.fangpin.welfare.WelfareInputs.WelfareDecisionPayload;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Civil affairs' decisions: recorded by civil affairs, listed on the household. */
@Controller
class WelfareController {

	private final WelfareService welfare;

	WelfareController(WelfareService welfare) {
		this.welfare = welfare;
	}

	@MutationMapping
	WelfareDecisionPayload recordWelfareDecision(@Argument WelfareDecisionInput input, Act act) {
		return this.welfare.record(act, input);
	}

	@BatchMapping(typeName = "Household")
	Map<Household, List<WelfareDecision>> welfareDecisions(List<Household> households, @ContextValue Caller caller) {
		Map<Long, List<WelfareDecision>> byId = this.welfare.decisionsOf(caller,
				households.stream().map(Household::id).toList());
		return households.stream()
			.collect(Collectors.toMap(Function.identity(), (household) -> byId.get(household.id()).reversed()));
	}

}
