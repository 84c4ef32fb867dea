package org.fangpin.problem;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseService;
import org.fangpin.monitoring.MonitoredCase;
import org.fangpin.node.NodeResolver;
import org.fangpin.problem.ProblemInputs.ProblemFilter;
import org.fangpin.problem.ProblemInputs.ProblemPayload;
import org.fangpin.problem.ProblemInputs.RaiseProblemInput;
import org.fangpin.problem.ProblemInputs.RectifyProblemInput;
import org.fangpin.problem.ProblemInputs.VerifyProblemInput;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The problem list: queries, mutations and the fields of {@code Problem}. */
@Controller
class ProblemController {

	private final ProblemService problems;

	private final HouseholdService households;

	private final CaseService cases;

	ProblemController(ProblemService problems, HouseholdService households, CaseService cases) {
		this.problems = problems;
		this.households = households;
		this.cases = cases;
	}

	@Bean
	static NodeResolver problemNodes(ProblemService problems) {
		return NodeResolver.of("Problem", problems::find);
	}

	@QueryMapping
	Problem problem(@Argument String id, @ContextValue Caller caller) {
		return this.problems.get(caller, id);
	}

	@QueryMapping
	Connection<Problem> problems(@Argument @Nullable ProblemFilter filter, Page page, @ContextValue Caller caller) {
		return this.problems.list(caller, filter, page);
	}

	@SchemaMapping(typeName = "Problem")
	boolean overdue(Problem problem) {
		return this.problems.isOverdue(problem);
	}

	@SchemaMapping(typeName = "Problem")
	@Nullable Household household(Problem problem, @ContextValue Caller caller) {
		return (problem.householdId() != null) ? this.households.find(caller, problem.householdId()) : null;
	}

	@SchemaMapping(typeName = "Problem", field = "case")
	@Nullable MonitoredCase caseOfProblem(Problem problem, @ContextValue Caller caller) {
		return (problem.caseId() != null) ? this.cases.find(caller, problem.caseId()) : null;
	}

	@MutationMapping
	ProblemPayload raiseProblem(@Argument RaiseProblemInput input, Act act) {
		return this.problems.raise(act, input);
	}

	@MutationMapping
	ProblemPayload rectifyProblem(@Argument RectifyProblemInput input, Act act) {
		return this.problems.rectify(act, input);
	}

	@MutationMapping
	ProblemPayload verifyProblem(@Argument VerifyProblemInput input, Act act) {
		return this.problems.verify(act, input);
	}

}
