package org.fangpin.quality;

import java.util.List;

import org.fangpin.quality.QualityService.Finding;
import org.fangpin.security.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.dataQualityFindings: what to check and correct under a grid; the province's other-county lists. */
@Controller
class QualityController {

	private final QualityService quality;

	private final OtherCountyRecords otherCounties;

	QualityController(QualityService quality, OtherCountyRecords otherCounties) {
		this.quality = quality;
		this.otherCounties = otherCounties;
	}

	@MutationMapping
	OtherCountyRecords.LoadPayload loadOtherCountyRecords(@Argument OtherCountyRecords.LoadInput input, Act act) {
		return this.otherCounties.load(act, input);
	}

	@QueryMapping
	List<Finding> dataQualityFindings(@Argument @Nullable String gridCode, @Argument @Nullable FindingKind kind,
			@Argument @Nullable Integer first, @ContextValue Caller caller) {
		return this.quality.findings(caller, gridCode, kind, first);
	}

}
