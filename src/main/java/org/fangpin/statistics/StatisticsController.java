package org.fangpin.statistics;

import org.fangpin.security.Caller;
import org.fangpin.statistics.GridFigures.GridStatistics;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Query.statistics: the dashboard of a grid. */
@Controller
class StatisticsController {

	private final StatisticsService statistics;

	StatisticsController(StatisticsService statistics) {
		this.statistics = statistics;
	}

	@QueryMapping
	GridStatistics statistics(@Argument @Nullable String gridCode, @ContextValue Caller caller) {
		return this.statistics.statistics(caller, gridCode);
	}

}
