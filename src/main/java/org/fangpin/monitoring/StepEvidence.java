package org.fangpin.monitoring;

import java.util.List;
import java.util.Map;

import org.fangpin.evidence.EvidenceKind;
import org.fangpin.settings.CountySetting;
import org.jspecify.annotations.Nullable;

/**
 * 佐证材料要求: which files each step of the procedure asks for (seeds 001, 003 and 004 name them), and the
 * county setting that makes them required rather than recommended. A step not listed asks for none.
 */
final class StepEvidence {

	/**
	 * One file a step asks for.
	 *
	 * @param requiredBy the county setting under which it is required; null: always only recommended
	 */
	record Ask(EvidenceKind kind, @Nullable CountySetting requiredBy) {
	}

	private static final List<Ask> COMMITMENT = List.of(
			new Ask(EvidenceKind.COMMITMENT_LETTER, CountySetting.COMMITMENT_LETTERS_REQUIRED),
			new Ask(EvidenceKind.AUTHORIZATION_LETTER, CountySetting.COMMITMENT_LETTERS_REQUIRED));

	private static final List<Ask> APPRAISAL = List
		.of(new Ask(EvidenceKind.APPRAISAL_MINUTES, CountySetting.APPRAISAL_MINUTES_REQUIRED));

	private static final List<Ask> VERIFICATION = List.of(
			new Ask(EvidenceKind.VERIFICATION_RECORD, CountySetting.CHECK_RECORDS_REQUIRED),
			new Ask(EvidenceKind.MEDICAL_RECORD, null));

	private static final List<Ask> ELIMINATION_APPRAISAL = List
		.of(new Ask(EvidenceKind.ELIMINATION_APPRAISAL_MINUTES, CountySetting.APPRAISAL_MINUTES_REQUIRED));

	private static final List<Ask> ACCEPTANCE = List
		.of(new Ask(EvidenceKind.ACCEPTANCE_RECORD, CountySetting.CHECK_RECORDS_REQUIRED));

	/** The announcements (公告) are published after the approvals: each proves its own step. */
	private static final Map<Transition, List<Ask>> ASKS = Map.ofEntries(
			Map.entry(Transition.RECORD_COMMITMENT, COMMITMENT),
			Map.entry(Transition.PASS_APPRAISAL, APPRAISAL),
			Map.entry(Transition.FAIL_APPRAISAL, APPRAISAL),
			Map.entry(Transition.RECORD_NOTICE,
					List.of(new Ask(EvidenceKind.NOTICE_PHOTO, CountySetting.NOTICE_PHOTOS_REQUIRED))),
			Map.entry(Transition.RECORD_VERIFICATION, VERIFICATION),
			Map.entry(Transition.FAIL_VERIFICATION, VERIFICATION),
			Map.entry(Transition.ANNOUNCE, List.of(new Ask(EvidenceKind.ANNOUNCEMENT, null))),
			Map.entry(Transition.PASS_ELIMINATION_APPRAISAL, ELIMINATION_APPRAISAL),
			Map.entry(Transition.FAIL_ELIMINATION_APPRAISAL, ELIMINATION_APPRAISAL),
			Map.entry(Transition.RECORD_ELIMINATION_NOTICE,
					List.of(new Ask(EvidenceKind.ELIMINATION_NOTICE_PHOTO, CountySetting.NOTICE_PHOTOS_REQUIRED))),
			Map.entry(Transition.PASS_ACCEPTANCE, ACCEPTANCE),
			Map.entry(Transition.FAIL_ACCEPTANCE, ACCEPTANCE),
			Map.entry(Transition.ANNOUNCE_ELIMINATION, List.of(new Ask(EvidenceKind.ELIMINATION_ANNOUNCEMENT, null))));

	private StepEvidence() {
	}

	/** The files a step asks for. */
	static List<Ask> of(Transition transition) {
		return ASKS.getOrDefault(transition, List.of());
	}

	/** The step whose duty attaches a file of this kind to a case: the step it proves (the first that asks for it). */
	static @Nullable Transition provenBy(EvidenceKind kind) {
		for (Transition transition : Transition.values()) {
			if (of(transition).stream().anyMatch((ask) -> ask.kind() == kind)) {
				return transition;
			}
		}
		return null;
	}

}
