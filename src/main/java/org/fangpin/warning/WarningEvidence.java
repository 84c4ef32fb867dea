package org.fangpin.warning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.evidence.EvidenceKind;
import org.fangpin.evidence.EvidenceTarget;
import org.fangpin.graphql.ApiException;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Duties;
import org.fangpin.security.HouseholdRow;

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

	private final HouseholdService households;

	private final EvidenceFiles evidence;

	private final Duties duties;

	WarningEvidence(WarningService warnings, HouseholdService households, EvidenceFiles evidence, Duties duties) {
		this.warnings = warnings;
		this.households = households;
		this.evidence = evidence;
		this.duties = duties;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.WARNING;
	}

	@Override
	public HouseholdRow checkAttach(Act act, long id, EvidenceKind kind) {
		DepartmentWarning warning = this.warnings.find(act.caller(), id);
		Long householdId = (warning != null) ? warning.householdId() : null;
		Household household = (householdId != null) ? this.households.find(act.caller(), householdId) : null;
		if (household == null) {
			throw ApiException.notFound("已匹配农户的部门预警");
		}
		this.duties.of("verifyWarning").check(act.caller(), household);
		return household;
	}

	@BatchMapping(typeName = "DepartmentWarning")
	Map<DepartmentWarning, List<EvidenceFile>> files(List<DepartmentWarning> warnings, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byWarning = this.evidence.ofTargets(caller, EvidenceKind.Target.WARNING,
				warnings.stream().map(DepartmentWarning::id).toList());
		return warnings.stream()
			.collect(Collectors.toMap(Function.identity(), (warning) -> byWarning.get(warning.id())));
	}

}
