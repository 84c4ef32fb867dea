package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.evidence.EvidenceKind;
import org.fangpin.graphql.InputCheck;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.monitoring.CaseStep.EvidenceAsk;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.HouseholdRow;
import org.fangpin.settings.CountySettings;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The files of a case's steps ({@link StepEvidence}): what each step asks for where the case is, the files
 * a step is taken with (of the kinds it asks for; the required ones there, or attached before), and
 * attaching them with the step. As a condition of elimination: the elimination steps already taken have the
 * files the county requires (it may have required them after a step was taken).
 */
@Component
class CaseEvidence implements EliminationCondition {

	/** The elimination steps a case in each status has taken in its current round. */
	private static final Map<CaseStatus, List<Transition>> ELIMINATION_STEPS_TAKEN = Map.of(
			CaseStatus.ELIMINATION_NOTICE, List.of(Transition.PASS_ELIMINATION_APPRAISAL),
			CaseStatus.PENDING_ACCEPTANCE,
			List.of(Transition.PASS_ELIMINATION_APPRAISAL, Transition.RECORD_ELIMINATION_NOTICE),
			CaseStatus.PENDING_ELIMINATION_APPROVAL, List.of(Transition.PASS_ELIMINATION_APPRAISAL,
					Transition.RECORD_ELIMINATION_NOTICE, Transition.PASS_ACCEPTANCE));

	private final EvidenceFiles files;

	private final CountySettings settings;

	private final HouseholdService households;

	CaseEvidence(EvidenceFiles files, CountySettings settings, HouseholdService households) {
		this.files = files;
		this.settings = settings;
		this.households = households;
	}

	@Override
	public List<EliminationBlocker> blockers(Caller caller, EliminationSubject subject) {
		List<Transition> taken = ELIMINATION_STEPS_TAKEN.getOrDefault(subject.monitoredCase().status(), List.of());
		Household household = taken.isEmpty() ? null : this.households.find(caller, subject.householdId());
		if (household == null) {
			return List.of();
		}
		List<EvidenceAsk> missing = new ArrayList<>();
		for (Transition step : taken) {
			missing.addAll(missing(StepEvidence.of(step), household.groupCode(), subject.monitoredCase().id(), caller,
					List.of()));
		}
		if (missing.isEmpty()) {
			return List.of();
		}
		String labels = missing.stream().map(EvidenceAsk::label).collect(Collectors.joining("、"));
		return List.of(new EliminationBlocker(EliminationCheck.REQUIRED_FILES, "缺少必需的佐证材料：" + labels,
				"上传" + labels + "并关联到本监测对象（POST /attachments，attachEvidence）"));
	}

	/** What the steps of one mutation ask for, in the county of the household's group {@code groupCode}. */
	List<EvidenceAsk> asks(List<Transition> transitions, String groupCode) {
		Map<EvidenceKind, EvidenceAsk> asks = new LinkedHashMap<>();
		for (Transition transition : transitions) {
			for (StepEvidence.Ask ask : StepEvidence.of(transition)) {
				asks.putIfAbsent(ask.kind(), new EvidenceAsk(ask.kind(), ask.kind().label(), required(ask, groupCode)));
			}
		}
		return List.copyOf(asks.values());
	}

	/** What work on records of another feature asks for: each kind attached to them, recommended. */
	List<EvidenceAsk> asks(EvidenceKind.@Nullable Target target) {
		return Arrays.stream(EvidenceKind.values())
			.filter((kind) -> kind.target() == target)
			.map((kind) -> new EvidenceAsk(kind, kind.label(), false))
			.toList();
	}

	/**
	 * The caller's pending uploads named for the step, locked: each of a kind the step asks for, and every
	 * file the county requires there, among them or attached to the case before. Errors go to {@code check}.
	 */
	List<EvidenceFile> forStep(Caller caller, HouseholdRow household, MonitoredCase current, Transition transition,
			@Nullable List<String> fileIds, InputCheck check) {
		List<EvidenceFile> given = this.files.pending(caller, EvidenceKind.Target.CASE, fileIds, check, "files");
		List<StepEvidence.Ask> asks = StepEvidence.of(transition);
		Set<EvidenceKind> asked = asks.stream().map(StepEvidence.Ask::kind).collect(Collectors.toSet());
		for (EvidenceFile file : given) {
			check.require(asked.contains(file.kind()), "「" + file.kind().label() + "」不是「" + transition.label()
					+ "」的佐证材料 (" + file.kind() + " is not evidence for " + transition.mutation() + ")", "files");
		}
		List<EvidenceAsk> missing = missing(asks, household.groupCode(), current.id(), caller, given);
		if (!missing.isEmpty()) {
			check.fail("「" + transition.label() + "」缺少必需的佐证材料："
					+ missing.stream().map(EvidenceAsk::label).collect(Collectors.joining("、"))
					+ "，请先上传 (EVIDENCE_REQUIRED: " + missing.stream().map((ask) -> ask.kind().name())
						.collect(Collectors.joining(", ")) + ")", "files");
		}
		return given;
	}

	void attach(Act act, List<EvidenceFile> files, long caseId, HouseholdRow household) {
		this.files.attach(act, files, caseId, household);
	}

	private List<EvidenceAsk> missing(List<StepEvidence.Ask> asks, String groupCode, long caseId, Caller caller,
			List<EvidenceFile> given) {
		List<EvidenceAsk> missing = new ArrayList<>();
		Set<EvidenceKind> present = null;
		for (StepEvidence.Ask ask : asks) {
			if (!required(ask, groupCode) || given.stream().anyMatch((file) -> file.kind() == ask.kind())) {
				continue;
			}
			if (present == null) {
				present = this.files.kindsAttached(caller, EvidenceKind.Target.CASE, caseId);
			}
			if (!present.contains(ask.kind())) {
				missing.add(new EvidenceAsk(ask.kind(), ask.kind().label(), true));
			}
		}
		return missing;
	}

	private boolean required(StepEvidence.Ask ask, String groupCode) {
		return ask.requiredBy() != null && this.settings.requires(groupCode, ask.requiredBy());
	}

}
