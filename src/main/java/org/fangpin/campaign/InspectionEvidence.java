package org.fangpin.campaign;

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

/** An inspection's photos: attached by whoever may record the household's inspections, listed with it. */
@Controller
class InspectionEvidence implements EvidenceTarget {

	private final InspectionService inspections;

	private final HouseholdService households;

	private final EvidenceFiles evidence;

	private final Duties duties;

	InspectionEvidence(InspectionService inspections, HouseholdService households, EvidenceFiles evidence,
			Duties duties) {
		this.inspections = inspections;
		this.households = households;
		this.evidence = evidence;
		this.duties = duties;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.INSPECTION;
	}

	@Override
	public HouseholdRow checkAttach(Act act, long id, EvidenceKind kind) {
		Inspection inspection = this.inspections.find(act.caller(), id);
		Household household = (inspection != null) ? this.households.find(act.caller(), inspection.householdId())
				: null;
		if (household == null) {
			throw ApiException.notFound("排查记录");
		}
		this.duties.of("recordInspection").check(act.caller(), household);
		return household;
	}

	@BatchMapping(typeName = "Inspection")
	Map<Inspection, List<EvidenceFile>> files(List<Inspection> inspections, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byInspection = this.evidence.ofTargets(caller, EvidenceKind.Target.INSPECTION,
				inspections.stream().map(Inspection::id).toList());
		return inspections.stream()
			.collect(Collectors.toMap(Function.identity(), (inspection) -> byInspection.get(inspection.id())));
	}

}
