package org.fangpin.monitoring;

import java.util.List;
import java.util.function.Function;

import org.fangpin.evidence.EvidenceKind;
import org.jspecify.annotations.Nullable;

/**
 * 阶段工作: work another feature does on a case's household (planning a measure, recording a visit or income),
 * offered on the case screen beside the procedure's steps. The feature that holds the work declares it, with
 * the rule its mutation refuses on, so that the screen offers nothing the mutation will refuse.
 *
 * @param mutation the Mutation field that does it, whose {@code @duty} says who may
 * @param files what the files it asks for are attached to (its own records), or null
 * @param blockers what refuses it on the case now: the same rule the mutation applies
 */
public record CaseWork(String mutation, EvidenceKind.@Nullable Target files,
		Function<MonitoredCase, List<StepBlocker>> blockers) {

	/** Work that nothing about the case refuses: the household's, done whatever phase its case is in. */
	public static CaseWork ofHousehold(String mutation, EvidenceKind.@Nullable Target files) {
		return new CaseWork(mutation, files, (monitoredCase) -> List.of());
	}

}
