package org.fangpin.campaign;

import java.util.List;

import org.fangpin.campaign.Progress.CauseCount;
import org.fangpin.campaign.Progress.ProgressFigures;
import org.fangpin.security.Caller;

import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The fields of {@code ProgressFigures} that depend on who reads them: a department (seed 004: each sector
 * screens its own) reads the households identified for the risks of its domain only, as it reads only the
 * cases of its domain.
 */
@Controller
class ProgressFiguresController {

	@SchemaMapping(typeName = "ProgressFigures")
	List<CauseCount> includedByCause(ProgressFigures figures, @ContextValue Caller caller) {
		List<String> domain = caller.scope().getDomainRiskTypes();
		return (domain == null) ? figures.includedByCause()
				: figures.includedByCause().stream().filter((count) -> domain.contains(count.riskType().name())).toList();
	}

}
