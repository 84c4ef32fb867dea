package org.fangpin.household;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.grid.ResidentAccounts;
import org.fangpin.household.HouseholdInputs.AddMemberInput;
import org.fangpin.household.HouseholdInputs.BindResidentAccountInput;
import org.fangpin.household.HouseholdInputs.RemoveMemberInput;
import org.fangpin.household.HouseholdInputs.UpdateMemberInput;
import org.fangpin.household.HouseholdPayloads.MemberPayload;
import org.fangpin.household.HouseholdPayloads.RemoveMemberPayload;
import org.fangpin.offline.ChangeType;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.offline.GridChanges;
import org.fangpin.offline.RecordKind;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.fields.FieldPolicy;
import org.fangpin.security.duties.Grants;
import org.fangpin.security.fields.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members of households: reading them within scope, adding, editing and removing them. */
@Service
public class MemberService {

	/** Keycloak's own limit on a username. */
	private static final int MAX_USERNAME_LENGTH = 255;

	private final MemberMapper members;

	private final HouseholdService households;

	private final IdNumberCipher cipher;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ResidentAccounts accounts;

	private final ClientKeys clientKeys;


	private final GridChanges gridChanges;


	MemberService(MemberMapper members, HouseholdService households, IdNumberCipher cipher, AuditLog audit,
			Clock clock, ApplicationEventPublisher events, ResidentAccounts accounts, ClientKeys clientKeys, GridChanges gridChanges) {
		this.gridChanges = gridChanges;
		this.clientKeys = clientKeys;
		this.accounts = accounts;
		this.members = members;
		this.households = households;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	public @Nullable Member find(Caller caller, long id) {
		return this.members.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	/** The members of these ids that the caller may see, by id. */
	public Map<Long, Member> findAll(Caller caller, Collection<Long> ids) {
		return this.members.findByIds(caller.scope(), ids)
			.stream()
			.collect(Collectors.toMap(Member::id, Function.identity()));
	}

	/** The member of a global id; missing, malformed and out of scope are all NOT_FOUND. */
	public Member get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "Member")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("家庭成员"));
	}

	/** The ID number in clear; what the caller sees of it is the field policy's business. */
	public IdNumber idNumber(Member member) {
		return this.cipher.decrypt(member.idNumberCipher());
	}

	/**
	 * Binds a resident's account to the member whose ID number the cadre checked: the member must be registered
	 * in the cadre's village, and the account becomes a resident of that member's household, nothing more.
	 */
	@Transactional
	public MemberPayload bindResidentAccount(Act act, BindResidentAccountInput input) {
		InputCheck check = new InputCheck();
		IdNumber idNumber = check.parse(input.idNumber(), IdNumber::of, "idNumber");
		String username = check.text(input.username(), MAX_USERNAME_LENGTH, "账号", "username");
		if (check.hasErrors() || idNumber == null || username == null) {
			return MemberPayload.rejected(check.errors());
		}
		Member member = this.members.findByIdNumberHash(act.caller().scope(), this.cipher.lookupHash(idNumber));
		if (member == null) {
			return MemberPayload.rejected(List.of(UserError.badInput(
					"本村没有登记该身份证号的家庭成员 (no member of your village has this ID number)", "idNumber")));
		}
		act.check(Objects.requireNonNull(this.households.find(act.caller(), member.householdId())));
		ResidentAccounts.Account account = this.accounts.find(username).orElse(null);
		if (account == null) {
			return MemberPayload.rejected(List.of(UserError.badInput("没有该账号 (no such account)", "username")));
		}
		Optional<UserError> refused = Grants.bindingRefusal(act.caller(), account.subject(), account.duties(),
				account.boundMember() != null);
		if (refused.isPresent()) {
			return MemberPayload.rejected(List.of(refused.get()));
		}
		this.accounts.bind(account, member.id());
		this.audit.record(act, "bindResidentAccount", "Member", member.id(),
				new Changes().field("username", null, username));
		return MemberPayload.of(member);
	}

	@Transactional
	public MemberPayload add(Act act, AddMemberInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> addOnce(act, input),
				new Replies<>((payload) -> (payload.member() != null) ? payload.member().id() : null,
						(id) -> MemberPayload.of(ClientKeys.found(find(act.caller(), id))), MemberPayload::rejected));
	}

	private MemberPayload addOnce(Act act, AddMemberInput input) {
		Caller caller = act.caller();
		Household household = this.households.get(caller, input.householdId());
		act.check(household);
		InputCheck check = new InputCheck();
		check.require(input.relation() != null && input.relation() != Relation.HEAD,
				"与户主关系不能为空，且一户只有一位户主 (relation is required and cannot be HEAD)", "relation");
		MemberDetails details = MemberDetails.check(check, input.member(), "member");
		if (check.hasErrors()) {
			return MemberPayload.rejected(check.errors());
		}
		Optional<UserError> duplicate = this.households.alreadyRegistered(caller, details.idNumber(), "member",
				"idNumber");
		if (duplicate.isPresent()) {
			return MemberPayload.rejected(List.of(duplicate.get()));
		}
		Optional<Member> added = this.households.insertMember(household, input.relation(), details,
				this.clock.instant());
		if (added.isEmpty()) {
			Transactions.rollback();
			return MemberPayload.rejected(List.of(HouseholdService.duplicate("其他农户", "member", "idNumber")));
		}
		this.gridChanges.record(RecordKind.MEMBER, added.get().id(), household.id(), ChangeType.CREATED);
		this.audit.record(act, "addMember", "Member", added.get().id(),
				describeNew(new Changes().field("household", null, household.householdNumber()), "", added.get(),
						details));
		this.events.publishEvent(new MemberChanged(act, household, null, added.get()));
		return MemberPayload.of(added.get());
	}

	@Transactional
	public MemberPayload update(Act act, UpdateMemberInput input) {
		Caller caller = act.caller();
		Member current = get(caller, input.id());
		Household household = householdOf(act, current);
		if (current.version() != input.version()) {
			return MemberPayload.stale(current, input.version());
		}
		boolean changesHealth = input.health() != null || input.disabilityType() != null
				|| input.disabilityGrade() != null || Boolean.TRUE.equals(input.clearDisability());
		if (changesHealth && !FieldPolicy.releasesInFull(PersonalData.HEALTH, caller, household)) {
			// who may not read health data may not probe it by editing it either
			throw ApiException.forbidden("健康和残疾信息由村级以上维护");
		}
		InputCheck check = new InputCheck();
		String name = (input.name() != null) ? check.personName(input.name(), MemberDetails.MAX_NAME_LENGTH, "name")
				: current.name();
		Relation relation = (input.relation() != null) ? input.relation() : current.relation();
		check.require((relation == Relation.HEAD) == (current.relation() == Relation.HEAD),
				"户主不能在此变更 (the head cannot be changed here)", "relation");
		boolean clearDisability = Boolean.TRUE.equals(input.clearDisability());
		DisabilityType disabilityType = clearDisability ? null
				: (input.disabilityType() != null) ? input.disabilityType() : current.disabilityType();
		Integer disabilityGrade = clearDisability ? null
				: (input.disabilityGrade() != null) ? input.disabilityGrade() : current.disabilityGrade();
		MemberDetails.checkDisability(check, disabilityType, disabilityGrade, "");
		EmploymentType employmentType = (input.employmentType() != null) ? input.employmentType()
				: current.employmentType();
		Integer monthsWorked = (input.monthsWorked() != null) ? input.monthsWorked() : current.monthsWorked();
		MemberDetails.checkWork(check, employmentType, monthsWorked, "");
		if (check.hasErrors()) {
			return MemberPayload.rejected(check.errors());
		}
		Member updated = current.edited(name, relation, (input.health() != null) ? input.health() : current.health(),
				disabilityType, disabilityGrade,
				(input.labourCapacity() != null) ? input.labourCapacity() : current.labourCapacity(),
				(input.schoolingStage() != null) ? input.schoolingStage() : current.schoolingStage(), employmentType,
				monthsWorked, (input.medicalInsurance() != null) ? input.medicalInsurance() : current.medicalInsurance(),
				this.clock.instant());
		if (this.members.update(caller.scope(), updated, input.version()) == 0) {
			return MemberPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		this.gridChanges.record(RecordKind.MEMBER, current.id(), household.id(), ChangeType.UPDATED);
		this.audit.record(act, "updateMember", "Member", current.id(),
				new Changes().field("name", current.name(), updated.name())
					.field("relation", current.relation(), updated.relation())
					.field("health", current.health(), updated.health())
					.field("disabilityType", current.disabilityType(),
							updated.disabilityType())
					.field("disabilityGrade", current.disabilityGrade(),
							updated.disabilityGrade())
					.field("labourCapacity", current.labourCapacity(), updated.labourCapacity())
					.field("schoolingStage", current.schoolingStage(), updated.schoolingStage())
					.field("employmentType", current.employmentType(), updated.employmentType())
					.field("monthsWorked", current.monthsWorked(), updated.monthsWorked())
					.field("medicalInsurance", current.medicalInsurance(), updated.medicalInsurance()));
		this.events.publishEvent(new MemberChanged(act, household, current, updated));
		return MemberPayload.of(updated);
	}

	@Transactional
	public RemoveMemberPayload remove(Act act, RemoveMemberInput input) {
		Caller caller = act.caller();
		Member current = get(caller, input.id());
		Household household = householdOf(act, current);
		if (current.version() != input.version()) {
			// the household as it stands now, with the member still in it
			return new RemoveMemberPayload(null, household, List.of(UserError.staleVersion(input.version())));
		}
		if (current.relation() == Relation.HEAD) {
			return RemoveMemberPayload.rejected(List.of(UserError
				.badInput("户主不能删除，请先变更户主 (the head cannot be removed)", "id")));
		}
		if (this.members.delete(caller.scope(), current.id(), input.version()) == 0) {
			return RemoveMemberPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		this.gridChanges.record(RecordKind.MEMBER, current.id(), household.id(), ChangeType.REMOVED);
		this.audit.record(act, "removeMember", "Member", current.id(),
				new Changes().field("name", current.name(), null)
					.field("idNumber", idNumber(current).value(), null));
		return new RemoveMemberPayload(new GlobalId("Member", current.id()).encode(),
				this.households.find(caller, household.id()), List.of());
	}

	/** The member's household, which the caller's duty must take. */
	private Household householdOf(Act act, Member member) {
		Household household = this.households.find(act.caller(), member.householdId());
		if (household == null) {
			throw ApiException.notFound("家庭成员");
		}
		act.check(household);
		return household;
	}

	/** What the audit records of a new member, under {@code prefix} (e.g. {@code head.}). */
	static Changes describeNew(Changes changes, String prefix, Member member, MemberDetails details) {
		return changes.field(prefix + "name", null, member.name())
			.field(prefix + "idNumber", null, details.idNumber().value())
			.field(prefix + "relation", null, member.relation())
			.field(prefix + "health", null, member.health())
			.field(prefix + "disabilityType", null, member.disabilityType())
			.field(prefix + "disabilityGrade", null, member.disabilityGrade())
			.field(prefix + "labourCapacity", null, member.labourCapacity())
			.field(prefix + "schoolingStage", null, member.schoolingStage())
			.field(prefix + "employmentType", null, member.employmentType())
			.field(prefix + "monthsWorked", null, member.monthsWorked())
			.field(prefix + "medicalInsurance", null, member.medicalInsurance());
	}

}
