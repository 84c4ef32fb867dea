package org.fangpin.household;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.household.HouseholdInputs.AddMemberInput;
import org.fangpin.household.HouseholdInputs.BindResidentAccountInput;
import org.fangpin.household.HouseholdInputs.RemoveMemberInput;
import org.fangpin.household.HouseholdInputs.UpdateMemberInput;
import org.fangpin.household.HouseholdPayloads.MemberPayload;
import org.fangpin.household.HouseholdPayloads.RemoveMemberPayload;
import org.fangpin.node.NodeResolver;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The member mutations and a member's household ({@link MemberIdNumberWiring} its ID number's fields). */
@Controller
class MemberController {

	private final MemberService members;

	private final HouseholdService households;

	MemberController(MemberService members, HouseholdService households) {
		this.members = members;
		this.households = households;
	}

	@Bean
	static NodeResolver memberNodes(MemberService members) {
		return NodeResolver.of("Member", true, members::find);
	}

	@BatchMapping(typeName = "Member")
	Map<Member, Household> household(List<Member> members, @ContextValue Caller caller) {
		Map<Long, Household> byId = this.households.findAll(caller,
				members.stream().map(Member::householdId).distinct().toList());
		return members.stream()
			.filter((member) -> byId.containsKey(member.householdId()))
			.collect(Collectors.toMap(Function.identity(), (member) -> byId.get(member.householdId())));
	}

	@MutationMapping
	MemberPayload addMember(@Argument AddMemberInput input, Act act) {
		return this.members.add(act, input);
	}

	@MutationMapping
	MemberPayload updateMember(@Argument UpdateMemberInput input, Act act) {
		return this.members.update(act, input);
	}

	@MutationMapping
	MemberPayload bindResidentAccount(@Argument BindResidentAccountInput input, Act act) {
		return this.members.bindResidentAccount(act, input);
	}

	@MutationMapping
	RemoveMemberPayload removeMember(@Argument RemoveMemberInput input, Act act) {
		return this.members.remove(act, input);
	}

}
