package org.fangpin.warning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.stereotype.Controller;

/**
 * A warning's verification records (seed 001): attached by the township that verifies it, once the warning is
 * matched to a household; listed with the warning to cadres (a department's list is empty: files carry what
 * its domain does not).
 */
@Controller
class WarningEvidence implements EvidenceTarget {

	private final WarningService warnings;

	private final EvidenceFiles evidence;

	WarningEvidence(WarningService warnings, EvidenceFiles evidence) {
		this.warnings = warnings;
		this.evidence = evidence;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.WARNING;
	}

	@Override
	public @Nullable Long householdOf(Caller caller, long id) {
		DepartmentWarning found = this.warnings.find(caller, id);
		return (found != null) ? found.householdId() : null;
	}

	@Override
	public String provedBy(EvidenceKind kind) {
		return "verifyWarning";
	}

	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, List<EvidenceFile>> files(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byWarning = this.evidence.ofTargets(caller, EvidenceKind.Target.WARNING,
				warnings.stream().map(DepartmentWarning::id).toList());
		return warnings.stream()
			.collect(Collectors.toMap(Function.identity(), (warning) -> byWarning.get(warning.id())));
	}

}
