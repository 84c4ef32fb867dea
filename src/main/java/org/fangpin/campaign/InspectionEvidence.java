package org.fangpin.campaign;

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

/** An inspection's photos: attached by whoever may record the household's inspections, listed with it. */
@Controller
class InspectionEvidence implements EvidenceTarget {

	private final InspectionService inspections;

	private final EvidenceFiles evidence;

	InspectionEvidence(InspectionService inspections, EvidenceFiles evidence) {
		this.inspections = inspections;
		this.evidence = evidence;
	}

	@Override
	public EvidenceKind.Target target() {
		return EvidenceKind.Target.INSPECTION;
	}

	@Override
	public @Nullable Long householdOf(Caller caller, long id) {
		Inspection found = this.inspections.find(caller, id);
		return (found != null) ? found.householdId() : null;
	}

	@Override
	public String provedBy(EvidenceKind kind) {
		return "recordInspection";
	}

	@BatchMapping(typeName = "Inspection")
	Map<Inspection, List<EvidenceFile>> files(List<Inspection> inspections, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byInspection = this.evidence.ofTargets(caller, EvidenceKind.Target.INSPECTION,
				inspections.stream().map(Inspection::id).toList());
		return inspections.stream()
			.collect(Collectors.toMap(Function.identity(), (inspection) -> byInspection.get(inspection.id())));
	}

}
