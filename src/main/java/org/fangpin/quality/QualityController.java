package org.fangpin.quality;

import java.util.List;

import org.fangpin.problem.Problem;
import org.fangpin.problem.ProblemService;
import org.fangpin.quality.QualityService.Finding;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Query.dataQualityFindings: what to check and correct under a grid, judged and raised as problems; the
 * province's other-county lists.
 */
@Controller
class QualityController {

	private final QualityService quality;

	private final OtherCountyRecords otherCounties;

	private final FindingSettlements settlements;

	private final ProblemService problems;

	QualityController(QualityService quality, OtherCountyRecords otherCounties, FindingSettlements settlements,
			ProblemService problems) {
		this.quality = quality;
		this.otherCounties = otherCounties;
		this.settlements = settlements;
		this.problems = problems;
	}

	@MutationMapping
	OtherCountyRecords.LoadPayload loadOtherCountyRecords(@Argument OtherCountyRecords.LoadInput input, Act act) {
		return this.otherCounties.load(act, input);
	}

	@MutationMapping
	FindingSettlements.FindingPayload acknowledgeDataQualityFinding(
			@Argument FindingSettlements.AcknowledgeFindingInput input, Act act) {
		return this.settlements.acknowledge(act, input);
	}

	@MutationMapping
	FindingSettlements.FindingPayload raiseDataQualityProblem(@Argument FindingSettlements.RaiseFindingProblemInput input,
			Act act) {
		return this.settlements.raiseProblem(act, input);
	}

	@QueryMapping
	List<Finding> dataQualityFindings(@Argument @Nullable String gridCode, @Argument @Nullable FindingKind kind,
			@Argument @Nullable Integer first, @Argument @Nullable Boolean includeSettled,
			@ContextValue Caller caller) {
		return this.quality.findings(caller, gridCode, kind, first, Boolean.TRUE.equals(includeSettled));
	}

	@SchemaMapping(typeName = "DataQualityFinding")
	@Nullable Problem problem(Finding finding, @ContextValue Caller caller) {
		return (finding.problemId() != null) ? this.problems.find(caller, finding.problemId()) : null;
	}

	@SchemaMapping(typeName = "Problem")
	@Nullable Finding dataQualityFinding(Problem problem, @ContextValue Caller caller) {
		return this.settlements.ofProblem(caller, problem);
	}

}
