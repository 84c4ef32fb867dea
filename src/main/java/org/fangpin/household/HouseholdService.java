package org.fangpin.household;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.grid.Grid;
import org.fangpin.grid.GridService;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.HouseholdInputs.HouseholdFilter;
import org.fangpin.household.HouseholdInputs.MoveHouseholdInput;
import org.fangpin.household.HouseholdInputs.RegisterHouseholdInput;
import org.fangpin.household.HouseholdInputs.UpdateHouseholdInput;
import org.fangpin.household.HouseholdPayloads.HouseholdPayload;
import org.fangpin.offline.ChangeType;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.offline.GridChanges;
import org.fangpin.offline.RecordKind;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.rows.DataSubject;
import org.fangpin.security.fields.FieldPolicy;
import org.fangpin.security.fields.PersonalData;
import org.fangpin.security.rows.Scope;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households: reading them within the caller's scope, registering, editing and moving them. Every
 * mutation checks its input first and writes nothing while a problem remains; each write is audited in
 * the same transaction.
 */
@Service
public class HouseholdService {

	static final int MAX_ADDRESS_LENGTH = 200;

	/** Targeted poverty alleviation (精准扶贫) began in 2013: no household was alleviated before. */
	static final int FIRST_ALLEVIATION_YEAR = 2013;

	private static final int MAX_NAME_FILTER_LENGTH = MemberDetails.MAX_NAME_LENGTH;

	private final HouseholdMapper households;

	private final MemberMapper members;

	private final GridService grids;

	private final IdNumberCipher cipher;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ClientKeys clientKeys;


	private final GridChanges gridChanges;


	HouseholdService(HouseholdMapper households, MemberMapper members, GridService grids, IdNumberCipher cipher,
			IdGenerator ids, AuditLog audit, Clock clock, ApplicationEventPublisher events, ClientKeys clientKeys, GridChanges gridChanges) {
		this.gridChanges = gridChanges;
		this.clientKeys = clientKeys;
		this.households = households;
		this.members = members;
		this.grids = grids;
		this.cipher = cipher;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	public @Nullable Household find(Caller caller, long id) {
		return this.households.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	/** The household of a global id; missing, malformed and out of scope are all NOT_FOUND. */
	public Household get(Caller caller, String globalId) {
		return GlobalId.idOf(globalId, "Household")
			.map((id) -> find(caller, id))
			.orElseThrow(() -> ApiException.notFound("农户"));
	}

	public Map<Long, Household> findAll(Caller caller, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.households.findByIds(caller.scope(), ids)
			.stream()
			.collect(Collectors.toMap(Household::id, Function.identity()));
	}

	/** The ids of the households in scope where these people are registered, by person. */
	public Map<IdNumber, Long> findIdsByIdNumbers(Caller caller, Collection<IdNumber> idNumbers) {
		if (idNumbers.isEmpty()) {
			return Map.of();
		}
		Map<String, IdNumber> byHash = idNumbers.stream()
			.distinct()
			.collect(Collectors.toMap((idNumber) -> HexFormat.of().formatHex(this.cipher.lookupHash(idNumber)),
					Function.identity()));
		List<MemberMapper.Registration> registrations = this.members
			.findRegistrations(byHash.keySet().stream().map(HexFormat.of()::parseHex).toList());
		Set<Long> inScope = Set.copyOf(this.households.findIdsInScope(caller.scope(),
				registrations.stream().map(MemberMapper.Registration::householdId).distinct().toList()));
		Map<IdNumber, Long> found = new HashMap<>();
		for (MemberMapper.Registration registration : registrations) {
			if (inScope.contains(registration.householdId())) {
				found.put(byHash.get(HexFormat.of().formatHex(registration.idNumberHash())), registration.householdId());
			}
		}
		return found;
	}

	/** The ids of the households in scope with these household numbers, by number. */
	public Map<String, Long> findIdsByNumbers(Caller caller, Collection<String> numbers) {
		return this.households.findIdsByNumbers(caller.scope(), numbers)
			.stream()
			.collect(Collectors.toMap(HouseholdMapper.Numbered::householdNumber, HouseholdMapper.Numbered::id));
	}

	public Connection<Household> list(Caller caller, @Nullable HouseholdFilter filter, Page page) {
		Scope scope = caller.scope();
		HouseholdQuery query = query(caller, filter);
		List<Household> rows = this.households.findPage(scope, query, page.afterId(), page.fetchSize());
		return page.toConnection(rows, Household::id, () -> this.households.count(scope, query));
	}

	/** The members of each household, head first; households out of scope have none. */
	public Map<Long, List<Member>> membersOf(Caller caller, Collection<Long> householdIds) {
		return Batches.group(householdIds, this.members.findByHouseholds(caller.scope(), householdIds),
				Member::householdId);
	}

	private HouseholdQuery query(Caller caller, @Nullable HouseholdFilter filter) {
		if (filter == null) {
			return HouseholdQuery.ALL;
		}
		GridCode grid = null;
		if (filter.gridCode() != null) {
			grid = GridCode.parse(filter.gridCode().strip())
				.orElseThrow(() -> ApiException.badInput("网格编码应为6、9、12或14位数字 (gridCode is not a grid code)"));
		}
		String namePattern = null;
		if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
			String name = filter.nameContains().strip();
			if (name.length() > MAX_NAME_FILTER_LENGTH) {
				throw ApiException.badInput("姓名筛选不能超过" + MAX_NAME_FILTER_LENGTH + "个字 (nameContains is too long)");
			}
			namePattern = "%" + name.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		}
		byte[] idNumberHash = null;
		if (filter.idNumber() != null) {
			if (!FieldPolicy.releasesInFull(PersonalData.ID_NUMBER, caller, (grid != null) ? DataSubject.grid(grid.value()) : null)) {
				throw ApiException.forbidden("按身份证号查询限村级以上");
			}
			try {
				idNumberHash = this.cipher.lookupHash(IdNumber.of(filter.idNumber()));
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badInput(ex.getMessage());
			}
		}
		return new HouseholdQuery(grid, filter.category(), namePattern, idNumberHash);
	}

	@Transactional
	public HouseholdPayload register(Act act, RegisterHouseholdInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> registerNow(act, input),
				new Replies<>((payload) -> (payload.household() != null) ? payload.household().id() : null,
						(id) -> HouseholdPayload.of(ClientKeys.found(find(act.caller(), id))), HouseholdPayload::rejected));
	}

	/** Registers without reading the input's client key: for a mutation whose own key covers the registration. */
	@Transactional
	public HouseholdPayload registerNow(Act act, RegisterHouseholdInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		GridCode group = groupCode(check, input.groupCode());
		String address = check.text(input.address(), MAX_ADDRESS_LENGTH, "住址", "address");
		check.require(input.category() != null, "户类型不能为空 (category is required)", "category");
		Integer alleviationYear = alleviationYear(check, input.category(), input.alleviationYear());
		String phone = check.mobile(input.phone(), "phone");
		MemberDetails head = MemberDetails.check(check, input.head(), "head");
		if (check.hasErrors()) {
			return HouseholdPayload.rejected(check.errors());
		}
		Optional<UserError> refusal = admitInto(act, group)
			.or(() -> alreadyRegistered(caller, head.idNumber(), "head", "idNumber"));
		if (refusal.isPresent()) {
			return HouseholdPayload.rejected(List.of(refusal.get()));
		}
		Instant now = this.clock.instant();
		String code = group.value();
		Household household = new Household(this.ids.nextId(), nextNumber(group), code.substring(0, 6),
				code.substring(0, 9), code.substring(0, 12), code, address, input.category(), alleviationYear, phone,
				Boolean.TRUE.equals(input.lowIncomeSupport()), Boolean.TRUE.equals(input.extremePovertySupport()),
				Boolean.TRUE.equals(input.relocated()), now, now, 0);
		this.households.insertHouseholds(List.of(household));
		Optional<Member> headRow = insertMember(household, Relation.HEAD, head, now);
		if (headRow.isEmpty()) {
			Transactions.rollback();
			return HouseholdPayload.rejected(List.of(duplicate("其他农户", "head", "idNumber")));
		}
		Changes changes = new Changes().field("householdNumber", null, household.householdNumber())
			.field("grid", null, code)
			.field("address", null, address)
			.field("category", null, household.category())
			.field("alleviationYear", null, alleviationYear)
			.field("phone", null, phone)
			.field("lowIncomeSupport", null, household.lowIncomeSupport())
			.field("extremePovertySupport", null, household.extremePovertySupport())
			.field("relocated", null, household.relocated());
		MemberService.describeNew(changes, "head.", headRow.get(), head);
		this.audit.record(act, "registerHousehold", "Household", household.id(), changes);
		this.gridChanges.record(RecordKind.HOUSEHOLD, household.id(), household.id(), ChangeType.CREATED);
		this.events.publishEvent(new MemberChanged(act, household, null, headRow.get()));
		return HouseholdPayload.of(household);
	}

	@Transactional
	public HouseholdPayload update(Act act, UpdateHouseholdInput input) {
		Caller caller = act.caller();
		Household current = get(caller, input.id());
		act.check(current);
		if (current.version() != input.version()) {
			return HouseholdPayload.stale(current, input.version());
		}
		InputCheck check = new InputCheck();
		String address = (input.address() != null)
				? check.text(input.address(), MAX_ADDRESS_LENGTH, "住址", "address") : current.address();
		HouseholdCategory category = (input.category() != null) ? input.category() : current.category();
		Integer requestedYear = (input.alleviationYear() != null) ? input.alleviationYear()
				: (category == HouseholdCategory.ALLEVIATED) ? current.alleviationYear() : null;
		Integer alleviationYear = alleviationYear(check, category, requestedYear);
		String phone = (input.phone() != null) ? check.mobile(input.phone(), "phone") : current.phone();
		if (check.hasErrors()) {
			return HouseholdPayload.rejected(check.errors());
		}
		Household updated = current.edited(address, category, alleviationYear, phone,
				(input.lowIncomeSupport() != null) ? input.lowIncomeSupport() : current.lowIncomeSupport(),
				(input.extremePovertySupport() != null) ? input.extremePovertySupport()
						: current.extremePovertySupport(),
				(input.relocated() != null) ? input.relocated() : current.relocated(), this.clock.instant());
		if (this.households.update(caller.scope(), updated, input.version()) == 0) {
			return HouseholdPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		this.gridChanges.record(RecordKind.HOUSEHOLD, current.id(), current.id(), ChangeType.UPDATED);
		this.audit.record(act, "updateHousehold", "Household", current.id(),
				new Changes().field("address", current.address(), updated.address())
					.field("category", current.category(), updated.category())
					.field("alleviationYear", current.alleviationYear(), updated.alleviationYear())
					.field("phone", current.phone(), updated.phone())
					.field("lowIncomeSupport", current.lowIncomeSupport(), updated.lowIncomeSupport())
					.field("extremePovertySupport", current.extremePovertySupport(),
							updated.extremePovertySupport())
					.field("relocated", current.relocated(), updated.relocated()));
		return HouseholdPayload.of(updated);
	}

	/**
	 * Sets the household's 低保 and 特困 status as civil affairs decided it (seed 001, 七(二): civil affairs decides
	 * them and feeds its decisions back); a null leaves one as it is. The caller's mutation audits the decision.
	 *
	 * @return the household as updated, or null when it changed meanwhile (its version moved on)
	 */
	public @Nullable Household setWelfareSupport(Caller caller, Household current, @Nullable Boolean lowIncomeSupport,
			@Nullable Boolean extremePovertySupport) {
		Household updated = current.edited(current.address(), current.category(), current.alleviationYear(),
				current.phone(), (lowIncomeSupport != null) ? lowIncomeSupport : current.lowIncomeSupport(),
				(extremePovertySupport != null) ? extremePovertySupport : current.extremePovertySupport(),
				current.relocated(), this.clock.instant());
		return (this.households.update(caller.scope(), updated, current.version()) == 1) ? updated : null;
	}

	@Transactional
	public HouseholdPayload move(Act act, MoveHouseholdInput input) {
		Caller caller = act.caller();
		Household current = get(caller, input.id());
		act.check(current);
		if (current.version() != input.version()) {
			return HouseholdPayload.stale(current, input.version());
		}
		InputCheck check = new InputCheck();
		GridCode group = groupCode(check, input.groupCode());
		if (check.hasErrors()) {
			return HouseholdPayload.rejected(check.errors());
		}
		if (group.value().equals(current.groupCode())) {
			return HouseholdPayload
				.rejected(List.of(UserError.badInput("农户已在该网格 (the household is already in this grid)", "groupCode")));
		}
		Optional<UserError> refusal = admitInto(act, group);
		if (refusal.isPresent()) {
			return HouseholdPayload.rejected(List.of(refusal.get()));
		}
		if (this.households.move(caller.scope(), current.id(), input.version(), group, this.clock.instant()) == 0) {
			return HouseholdPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		this.gridChanges.record(RecordKind.HOUSEHOLD, current.id(), current.id(), ChangeType.UPDATED);
		this.audit.record(act, "moveHousehold", "Household", current.id(),
				new Changes().field("grid", current.groupCode(), group.value()));
		return HouseholdPayload.of(find(caller, current.id()));
	}

	/**
	 * Inserts a member unless the person is registered already; a concurrent registration of the same person
	 * loses on the unique hash and gets empty.
	 */
	Optional<Member> insertMember(Household household, Relation relation, MemberDetails details, Instant now) {
		Member member = new Member(this.ids.nextId(), household.id(), household.groupCode(), details.name(), this.cipher.encrypt(details.idNumber()),
				this.cipher.lookupHash(details.idNumber()), relation, details.health(), details.disabilityType(),
				details.disabilityGrade(), details.labourCapacity(), details.schoolingStage(), details.employmentType(),
				details.monthsWorked(), details.medicalInsurance(), now, now, 0);
		try {
			this.members.insertMembers(List.of(member));
			return Optional.of(member);
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A person lives in one household only. The error names the household where they are registered only if
	 * the caller may see it.
	 */
	Optional<UserError> alreadyRegistered(Caller caller, IdNumber idNumber, String... field) {
		Long householdId = this.members.findHouseholdIdByIdNumberHash(this.cipher.lookupHash(idNumber));
		if (householdId == null) {
			return Optional.empty();
		}
		Household visible = find(caller, householdId);
		return Optional.of(duplicate((visible != null) ? "农户 " + visible.householdNumber() : "其他农户", field));
	}

	static UserError duplicate(String where, String... field) {
		return UserError.conflict("该身份证号已登记在" + where + " (this person is already registered)", field);
	}

	private static @Nullable GridCode groupCode(InputCheck check, @Nullable String value) {
		Optional<GridCode> code = (value != null) ? GridCode.parse(value.strip()) : Optional.empty();
		if (code.isEmpty() || code.get().level() != GridLevel.GROUP) {
			check.fail("应为14位村组网格编码 (groupCode must be a 14-digit group grid code)", "groupCode");
			return null;
		}
		return code.get();
	}

	/** An alleviated household carries the year it was lifted out of poverty; an ordinary one none. */
	private @Nullable Integer alleviationYear(InputCheck check, @Nullable HouseholdCategory category, @Nullable Integer year) {
		if (category == HouseholdCategory.ALLEVIATED) {
			int thisYear = Year.now(this.clock).getValue();
			check.require(year != null && year >= FIRST_ALLEVIATION_YEAR && year <= thisYear,
					"脱贫户需填写脱贫年度（" + FIRST_ALLEVIATION_YEAR + "年至今） (alleviationYear is required for ALLEVIATED, "
							+ FIRST_ALLEVIATION_YEAR + ".." + thisYear + ")",
					"alleviationYear");
			return year;
		}
		check.require(year == null, "一般农户不填脱贫年度 (alleviationYear is only for ALLEVIATED)", "alleviationYear");
		return null;
	}

	/**
	 * A household may join a group grid in scope, that the caller's duty takes, and that has room. The grid
	 * row stays locked until the transaction ends, so two registrations cannot together pass the limit.
	 */
	private Optional<UserError> admitInto(Act act, GridCode group) {
		if (!act.caller().scope().coversHouseholdsUnder(group) || this.grids.lockGroup(group) == null) {
			throw ApiException.notFound("网格 " + group);
		}
		act.check(group);
		int households = this.households.countInGroup(group);
		if (households >= Grid.GROUP_CAPACITY) {
			return Optional.of(UserError.conflict("该村组网格已有" + households + "户，达到上限" + Grid.GROUP_CAPACITY
					+ "户 (the group grid already holds " + households + " households, the most it may)", "groupCode"));
		}
		return Optional.empty();
	}

	/** The group's next household number: its code and a four-digit sequence, never reused. */
	private String nextNumber(GridCode group) {
		String highest = this.households.maxNumberInGroup(group);
		int next = (highest == null) ? 1 : Integer.parseInt(highest.substring(group.value().length())) + 1;
		return group.value() + "%04d".formatted(next);
	}

}
