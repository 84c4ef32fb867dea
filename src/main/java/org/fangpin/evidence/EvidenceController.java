package org.fangpin.evidence;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.duties.Duties;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Mutation.attachEvidence}: files attached after the step or record they prove (the notice photo taken
 * once the notice is up, the announcement once published), under the duty of what each proves over the
 * record's household; and the fields of {@code EvidenceFile}.
 */
@Controller
class EvidenceController {

	private final EvidenceFiles files;

	private final Map<EvidenceKind.Target, EvidenceTarget> targets = new EnumMap<>(EvidenceKind.Target.class);

	private final HouseholdService households;

	private final Duties duties;

	EvidenceController(EvidenceFiles files, List<EvidenceTarget> targets, HouseholdService households, Duties duties) {
		this.files = files;
		this.households = households;
		this.duties = duties;
		targets.forEach((target) -> this.targets.put(target.target(), target));
	}

	record AttachEvidenceInput(String targetId, List<String> files) {
	}

	record AttachEvidencePayload(List<EvidenceFile> files, List<UserError> userErrors) {
	}

	@MutationMapping
	@Transactional
	AttachEvidencePayload attachEvidence(@Argument AttachEvidenceInput input, Act act) {
		GlobalId target = GlobalId.decode(input.targetId()).orElseThrow(() -> ApiException.notFound("记录"));
		EvidenceTarget owner = this.targets.values()
			.stream()
			.filter((candidate) -> candidate.target().typeName().equals(target.type()))
			.findFirst()
			.orElseThrow(() -> ApiException.badInput("该类记录不能关联佐证材料 (targetId must be a case, visit, measure, inspection or warning)"));
		InputCheck check = new InputCheck();
		check.require(!input.files().isEmpty(), "请选择要关联的文件 (files is empty)", "files");
		List<EvidenceFile> pending = this.files.pending(act.caller(), owner.target(), input.files(), check, "files");
		if (check.hasErrors()) {
			return new AttachEvidencePayload(List.of(), check.errors());
		}
		Long householdId = owner.householdOf(act.caller(), target.id());
		Household household = (householdId != null) ? this.households.find(act.caller(), householdId) : null;
		if (household == null) {
			throw ApiException.notFound("记录");
		}
		for (EvidenceKind kind : new LinkedHashSet<>(pending.stream().map(EvidenceFile::kind).toList())) {
			this.duties.of(owner.provedBy(kind)).check(act.caller(), household);
		}
		this.files.attach(act, pending, target.id(), household);
		return new AttachEvidencePayload(new ArrayList<>(pending), List.of());
	}

	@SchemaMapping(typeName = "EvidenceFile")
	String id(EvidenceFile file) {
		return new GlobalId("EvidenceFile", file.id()).encode();
	}

	@SchemaMapping(typeName = "EvidenceFile")
	String kindLabel(EvidenceFile file) {
		return file.kind().label();
	}

	@SchemaMapping(typeName = "EvidenceFile")
	long size(EvidenceFile file) {
		return file.sizeBytes();
	}

	/** Where the caller fetches the bytes (with their bearer token); null where what it carries is not released to them. */
	@SchemaMapping(typeName = "EvidenceFile")
	@Nullable String downloadUrl(EvidenceFile file, @ContextValue Caller caller) {
		return EvidenceFiles.released(caller, file) ? "/attachments/" + id(file) : null;
	}

	@SchemaMapping(typeName = "EvidenceFile")
	@Nullable String thumbnailUrl(EvidenceFile file, @ContextValue Caller caller) {
		return (file.thumbnailKey() != null && EvidenceFiles.released(caller, file))
				? "/attachments/" + id(file) + "/thumbnail" : null;
	}

}
