package org.fangpin.scalerisk;

import java.time.LocalDate;
import java.util.List;

import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The scale-risk warnings query. */
@Controller
class ScaleRiskController {

	private final ScaleRiskService warnings;

	ScaleRiskController(ScaleRiskService warnings) {
		this.warnings = warnings;
	}

	@QueryMapping
	List<ScaleRiskWarning> scaleRiskWarnings(@Argument GridLevel level, @Argument @Nullable LocalDate asOf,
			@Argument @Nullable String gridCode, @Argument @Nullable Boolean all, @ContextValue Caller caller) {
		return this.warnings.warnings(caller, level, asOf, gridCode, Boolean.TRUE.equals(all));
	}

}
