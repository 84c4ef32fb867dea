package org.fangpin.situation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.ErrorCode;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.Member;
import org.fangpin.offline.ChangeType;
import org.fangpin.offline.ClientKeys.Replies;
import org.fangpin.offline.ClientKeys;
import org.fangpin.offline.DeviceTime;
import org.fangpin.offline.GridChanges;
import org.fangpin.offline.RecordKind;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.situation.SituationInputs.CorrectIncomeInput;
import org.fangpin.situation.SituationInputs.GuaranteeInput;
import org.fangpin.situation.SituationInputs.IncomeLineInput;
import org.fangpin.situation.SituationInputs.IncomeRecordInput;
import org.fangpin.situation.SituationInputs.VisitInput;
import org.fangpin.situation.SituationPayloads.IncomeLinePayload;
import org.fangpin.situation.SituationPayloads.IncomeRecordPayload;
import org.fangpin.situation.SituationPayloads.VisitPayload;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income records and lines, visits and guarantees. Grid workers and village cadres record incomes and
 * visits in their grids (seed 004: what a visit records); county officers set income lines. Each new
 * record is announced as an event, for the screening rules.
 */
@Service
public class SituationService {

	private static final int MAX_NOTE_LENGTH = 1000;

	private static final int MAX_GUARANTEE_NOTE_LENGTH = 500;

	/** Amounts above this are typing mistakes, not incomes of a rural household. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	private final IncomeMapper incomes;

	private final VisitMapper visits;

	private final HouseholdService households;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ClientKeys clientKeys;


	private final DeviceTime deviceTime;


	private final GridChanges gridChanges;


	SituationService(IncomeMapper incomes, VisitMapper visits, HouseholdService households, IdGenerator ids,
			AuditLog audit, Clock clock, ApplicationEventPublisher events, ClientKeys clientKeys, DeviceTime deviceTime, GridChanges gridChanges) {
		this.gridChanges = gridChanges;
		this.deviceTime = deviceTime;
		this.clientKeys = clientKeys;
		this.incomes = incomes;
		this.visits = visits;
		this.households = households;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	// Reading

	/** The income records of each household, oldest year first, with their derived figures. */
	public Map<Long, List<Income>> incomesOf(Caller caller, Collection<Long> householdIds) {
		Map<Long, Household> households = this.households.findAll(caller, householdIds);
		Map<Long, Integer> population = new HashMap<>();
		this.households.membersOf(caller, householdIds).forEach((id, members) -> population.put(id, members.size()));
		// one look-up per year and county, remembering also that there is no line
		Map<String, Optional<IncomeLine>> lines = new HashMap<>();
		Map<Long, List<Income>> result = new LinkedHashMap<>();
		householdIds.forEach((id) -> result.put(id, new ArrayList<>()));
		for (IncomeRecord record : this.incomes.findByHouseholds(caller.scope(), householdIds)) {
			String county = households.get(record.householdId()).countyCode();
			IncomeLine line = lines.computeIfAbsent(record.year() + "/" + county,
					(key) -> Optional.ofNullable(this.incomes.findLine(record.year(), county)))
				.orElse(null);
			result.get(record.householdId())
				.add(new Income(record, population.getOrDefault(record.householdId(), 0), line));
		}
		return result;
	}

	public @Nullable Income latestIncome(Caller caller, long householdId) {
		List<Income> records = incomesOf(caller, List.of(householdId)).get(householdId);
		return records.isEmpty() ? null : records.getLast();
	}

	public List<IncomeLine> incomeLines(@Nullable Integer year) {
		return this.incomes.findLines(year);
	}

	/** The visits of each household, latest first. */
	public Map<Long, List<Visit>> visitsOf(Caller caller, Collection<Long> householdIds) {
		return Batches.group(householdIds, this.visits.findByHouseholds(caller.scope(), householdIds),
				Visit::householdId);
	}

	/** The guarantees each visit assessed, in the order of {@link GuaranteeItem}. */
	public Map<Long, List<Guarantee>> guaranteesOf(Collection<Long> visitIds) {
		Map<Long, List<Guarantee>> result = Batches.group(visitIds,
				visitIds.isEmpty() ? List.of() : this.visits.findGuarantees(visitIds), Guarantee::visitId);
		result.values().forEach((list) -> list.sort((a, b) -> a.item().compareTo(b.item())));
		return result;
	}

	/** The guarantees each visit assessed, with the visit, in the order of {@link GuaranteeItem}. */
	public Map<Visit, List<GuaranteeAssessment>> assessmentsOf(Collection<Visit> visits) {
		Map<Long, List<Guarantee>> byVisit = guaranteesOf(visits.stream().map(Visit::id).toList());
		Map<Visit, List<GuaranteeAssessment>> result = new LinkedHashMap<>();
		visits.forEach((visit) -> result.put(visit,
				byVisit.get(visit.id()).stream().map((guarantee) -> GuaranteeAssessment.of(guarantee, visit)).toList()));
		return result;
	}

	/**
	 * The household's guarantees: each item as the latest visit that assessed it found it (a phone call
	 * that asked only about food does not clear an unsafe house), each with that visit and its time, since
	 * two items may come from different visits; empty before any visit.
	 */
	public Map<Long, List<GuaranteeAssessment>> currentGuarantees(Caller caller, Collection<Long> householdIds) {
		Map<Long, List<Visit>> visits = visitsOf(caller, householdIds);
		Map<Visit, List<GuaranteeAssessment>> byVisit = assessmentsOf(
				visits.values().stream().flatMap(List::stream).toList());
		Map<Long, List<GuaranteeAssessment>> result = new LinkedHashMap<>();
		visits.forEach((household, latestFirst) -> {
			Map<GuaranteeItem, GuaranteeAssessment> current = new EnumMap<>(GuaranteeItem.class);
			latestFirst.forEach((visit) -> byVisit.get(visit)
				.forEach((assessment) -> current.putIfAbsent(assessment.item(), assessment)));
			result.put(household, List.copyOf(current.values()));
		});
		return result;
	}

	/** Households in scope under the grid without a visit this month (seed 003: every household, every month). */
	public List<Long> unvisitedThisMonth(Caller caller, GridCode grid, int limit) {
		Instant monthStart = YearMonth.now(this.clock.withZone(InputCheck.ZONE))
			.atDay(1)
			.atStartOfDay(InputCheck.ZONE)
			.toInstant();
		return this.visits.findUnvisited(caller.scope(), grid.level().getHouseholdColumn(), grid.value(), monthStart,
				limit);
	}

	// Writing

	@Transactional
	public IncomeRecordPayload recordIncome(Act act, IncomeRecordInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> recordIncomeOnce(act, input),
				new Replies<>((payload) -> (payload.incomeRecord() != null) ? payload.incomeRecord().record().id() : null,
						(id) -> IncomeRecordPayload.of(latestIncomeOfYear(act.caller(),
								householdForRecording(act, input.householdId()).id(), input.year())),
						IncomeRecordPayload::rejected));
	}

	private IncomeRecordPayload recordIncomeOnce(Act act, IncomeRecordInput input) {
		Caller caller = act.caller();
		Household household = householdForRecording(act, input.householdId());
		InputCheck check = new InputCheck();
		int thisYear = Year.now(this.clock.withZone(InputCheck.ZONE)).getValue();
		check.require(input.year() >= 2013 && input.year() <= thisYear,
				"年度应在2013年至今 (year must be 2013.." + thisYear + ")", "year");
		amounts(check, input.wageIncome(), input.operatingIncome(), input.propertyIncome(), input.transferIncome(),
				input.productiveExpenditure(), input.medicalExpenditure(), input.educationExpenditure(),
				input.otherRigidExpenditure());
		Instant actedAt = this.deviceTime.check(check, input.actedAt());
		if (check.hasErrors()) {
			return IncomeRecordPayload.rejected(check.errors());
		}
		IncomeRecord record = new IncomeRecord(this.ids.nextId(), household.id(), input.year(), input.wageIncome(),
				input.operatingIncome(), input.propertyIncome(), input.transferIncome(), input.productiveExpenditure(),
				input.medicalExpenditure(), input.educationExpenditure(), input.otherRigidExpenditure(), caller.name(),
				this.clock.instant(), actedAt, 0);
		try {
			this.incomes.insert(record);
		}
		catch (DuplicateKeyException ex) {
			return IncomeRecordPayload.rejected(List.of(UserError
				.conflict("该户" + input.year() + "年度收入已登记 (an income record of this year exists)", "year")));
		}
		this.audit.record(act, "recordIncome", "IncomeRecord", record.id(),
				new Changes().field("household", null, household.householdNumber())
					.field("year", null, record.year())
					.field("netIncome", null, record.netIncome()));
		this.events.publishEvent(new SituationEvents.IncomeRecorded(act, household.id(), record.year()));
		return IncomeRecordPayload.of(latestIncomeOfYear(caller, household.id(), record.year()));
	}

	/**
	 * Corrects a year's record (a figure typed wrong, a receipt found later): at the version the corrector
	 * read, with a reason; the audit record keeps each figure before and after. The screening rules look
	 * at the corrected record as at a new one.
	 */
	@Transactional
	public IncomeRecordPayload correctIncome(Act act, CorrectIncomeInput input) {
		Caller caller = act.caller();
		Household household = householdForRecording(act, input.householdId());
		InputCheck check = new InputCheck();
		amounts(check, input.wageIncome(), input.operatingIncome(), input.propertyIncome(), input.transferIncome(),
				input.productiveExpenditure(), input.medicalExpenditure(), input.educationExpenditure(),
				input.otherRigidExpenditure());
		String reason = check.text(input.reason(), MAX_NOTE_LENGTH, "更正原因", "reason");
		IncomeRecord current = this.incomes.findByHouseholds(caller.scope(), List.of(household.id()))
			.stream()
			.filter((record) -> record.year() == input.year())
			.findFirst()
			.orElse(null);
		if (current == null) {
			return IncomeRecordPayload.rejected(List.of(UserError.badInput(
					"该户" + input.year() + "年度尚无收入记录，请先登记 (no income record of this year)", "year")));
		}
		if (current.version() != input.version()) {
			return IncomeRecordPayload.stale(latestIncomeOfYear(caller, household.id(), current.year()), input.version());
		}
		if (check.hasErrors()) {
			return IncomeRecordPayload.rejected(check.errors());
		}
		IncomeRecord corrected = new IncomeRecord(current.id(), household.id(), current.year(), fen(input.wageIncome()),
				fen(input.operatingIncome()), fen(input.propertyIncome()), fen(input.transferIncome()),
				fen(input.productiveExpenditure()), fen(input.medicalExpenditure()), fen(input.educationExpenditure()),
				fen(input.otherRigidExpenditure()), caller.name(), this.clock.instant(), current.actedAt(),
				current.version() + 1);
		if (this.incomes.correct(caller.scope(), corrected, input.version()) == 0) {
			return IncomeRecordPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		this.audit.record(act, "correctIncome", "IncomeRecord", current.id(),
				new Changes().field("year", current.year(), corrected.year())
					.field("wageIncome", current.wageIncome(), corrected.wageIncome())
					.field("operatingIncome", current.operatingIncome(), corrected.operatingIncome())
					.field("propertyIncome", current.propertyIncome(), corrected.propertyIncome())
					.field("transferIncome", current.transferIncome(), corrected.transferIncome())
					.field("productiveExpenditure", current.productiveExpenditure(), corrected.productiveExpenditure())
					.field("medicalExpenditure", current.medicalExpenditure(), corrected.medicalExpenditure())
					.field("educationExpenditure", current.educationExpenditure(), corrected.educationExpenditure())
					.field("otherRigidExpenditure", current.otherRigidExpenditure(), corrected.otherRigidExpenditure())
					.field("reason", null, reason));
		this.events.publishEvent(new SituationEvents.IncomeRecorded(act, household.id(), corrected.year()));
		return IncomeRecordPayload.of(latestIncomeOfYear(caller, household.id(), corrected.year()));
	}

	/**
	 * Adds to the transfer income of a year's record (or takes from it) what a decision made outside the grid
	 * changes in it: civil affairs' 低保 or 特困 allowance (seed 001, 七(二)). It is a correction like
	 * {@link #correctIncome}: the version moves on, the audit keeps the figure before and after with the reason, and
	 * the screening rules look at the record again. A year without a record is left alone: whoever records it counts
	 * the allowance in, as the decisions show it. Never below zero.
	 */
	public void addTransferIncome(Act act, Household household, int year, BigDecimal amount,
			String reason) {
		IncomeRecord current = this.incomes.findByHouseholds(act.caller().scope(), List.of(household.id()))
			.stream()
			.filter((record) -> record.year() == year)
			.findFirst()
			.orElse(null);
		if (current == null || amount.signum() == 0) {
			return;
		}
		BigDecimal transfer = current.transferIncome().add(amount).max(BigDecimal.ZERO).setScale(2);
		IncomeRecord corrected = current.withTransferIncome(transfer, act.caller().name(), this.clock.instant());
		if (this.incomes.correct(act.caller().scope(), corrected, current.version()) == 0) {
			throw new ApiException(ErrorCode.CONFLICT,
					"该户" + year + "年度收入正被修改，请重试 (CONFLICT: the income record changed meanwhile, retry)");
		}
		this.audit.record(act, act.duty().mutation(), "IncomeRecord", current.id(),
				new Changes().field("year", null, year)
					.field("transferIncome", current.transferIncome(), corrected.transferIncome())
					.field("reason", null, reason));
		this.events.publishEvent(new SituationEvents.IncomeRecorded(act, household.id(), year));
	}

	private Income latestIncomeOfYear(Caller caller, long householdId, int year) {
		return incomesOf(caller, List.of(householdId)).get(householdId)
			.stream()
			.filter((income) -> income.record().year() == year)
			.findFirst()
			.orElseThrow();
	}

	/** Records a visit, once per client key (a resend after a lost answer: no second visit, audit or screening). */
	@Transactional
	public VisitPayload recordVisit(Act act, VisitInput input) {
		return this.clientKeys.once(act, input.clientKey(), input, () -> recordVisitOnce(act, input),
				new Replies<>((payload) -> (payload.visit() != null) ? payload.visit().id() : null,
						(id) -> VisitPayload.of(ClientKeys.found(this.visits.findById(act.caller().scope(), id))),
						VisitPayload::rejected));
	}

	private VisitPayload recordVisitOnce(Act act, VisitInput input) {
		Caller caller = act.caller();
		Household household = householdForRecording(act, input.householdId());
		InputCheck check = new InputCheck();
		check.require(!input.visitedAt().isAfter(this.clock.instant()), "走访时间不能晚于现在 (visitedAt is in the future)",
				"visitedAt");
		LocalDate earliest = earliestVisit(household);
		check.require(!LocalDate.ofInstant(input.visitedAt(), InputCheck.ZONE).isBefore(earliest),
				"走访时间不能早于" + earliest + "（该户登记之日与上年1月1日中较早者）(visitedAt is before the household could have been visited)",
				"visitedAt");
		check.require(!input.riskFound() || (input.riskNote() != null && !input.riskNote().isBlank()),
				"发现风险时需说明风险情况 (riskNote is required when a risk was found)", "riskNote");
		String riskNote = optionalText(check, input.riskNote(), "riskNote");
		String note = optionalText(check, input.note(), "note");
		Instant actedAt = this.deviceTime.check(check, input.actedAt());
		List<GuaranteeInput> assessed = (input.guarantees() != null) ? input.guarantees() : List.of();
		check.require(assessed.stream().map(GuaranteeInput::item).distinct().count() == assessed.size(),
				"每项保障只能评估一次 (each guarantee is assessed once)", "guarantees");
		List<@Nullable String> guaranteeNotes = assessed.stream()
			.map((guarantee) -> (guarantee.note() != null && !guarantee.note().isBlank())
					? check.text(guarantee.note(), MAX_GUARANTEE_NOTE_LENGTH, "保障说明", "guarantees") : null)
			.toList();
		if (check.hasErrors()) {
			return VisitPayload.rejected(check.errors());
		}
		Visit visit = new Visit(this.ids.nextId(), household.id(), caller.name(), caller.roleList(), input.method(),
				input.visitedAt().truncatedTo(ChronoUnit.MILLIS), input.riskFound(), riskNote, input.policyAware(), note,
				this.clock.instant(), actedAt);
		List<Guarantee> guarantees = new ArrayList<>();
		for (int i = 0; i < assessed.size(); i++) {
			guarantees.add(new Guarantee(visit.id(), assessed.get(i).item(), assessed.get(i).state(), guaranteeNotes.get(i)));
		}
		this.visits.insert(visit);
		if (!guarantees.isEmpty()) {
			this.visits.insertGuarantees(guarantees);
		}
		Changes changes = new Changes().field("household", null, household.householdNumber())
			.field("method", null, visit.method())
			.field("riskFound", null, visit.riskFound());
		guarantees.forEach((guarantee) -> changes.field("guarantee." + guarantee.item(), null, guarantee.state()));
		this.audit.record(act, "recordVisit", "Visit", visit.id(), changes);
		this.gridChanges.record(RecordKind.VISIT, visit.id(), household.id(), ChangeType.CREATED);
		Map<GuaranteeItem, GuaranteeState> states = new EnumMap<>(GuaranteeItem.class);
		guarantees.forEach((guarantee) -> states.put(guarantee.item(), guarantee.state()));
		this.events.publishEvent(new SituationEvents.VisitRecorded(act, household.id(), states));
		return VisitPayload.of(visit);
	}

	/**
	 * How far back a visit may be dated: to the household's registration, or to the start of last year for a
	 * household registered since (a visit on paper before it was entered: the elimination and seed 004's look
	 * back weigh this and last year's situation). A visit of 2001 is a typing mistake, not a record.
	 */
	private LocalDate earliestVisit(Household household) {
		LocalDate registered = LocalDate.ofInstant(household.createdAt(), InputCheck.ZONE);
		LocalDate lastYear = LocalDate.now(this.clock.withZone(InputCheck.ZONE)).minusYears(1).withDayOfYear(1);
		return registered.isBefore(lastYear) ? registered : lastYear;
	}

	@Transactional
	public IncomeLinePayload setIncomeLine(Act act, IncomeLineInput input) {
		Caller caller = act.caller();
		InputCheck check = new InputCheck();
		String prefix = (input.regionPrefix() != null) ? input.regionPrefix().strip() : "";
		// a county sets its own line; a province's line is not a county officer's to change
		Optional<GridCode> county = GridCode.parse(prefix).filter((grid) -> grid.level() == GridLevel.COUNTY);
		check.require(county.isPresent(),
				"只能设定本县的收入标准，地区应为本县6位代码 (regionPrefix must be a county the caller holds)", "regionPrefix");
		county.ifPresent(act::check);
		check.require(input.year() >= 2013 && input.year() <= Year.now(this.clock).getValue() + 1,
				"年度不正确 (year out of range)", "year");
		amount(check, input.amount(), "amount");
		check.require(input.amount() == null || input.amount().signum() > 0, "标准应大于0 (amount must be positive)",
				"amount");
		if (check.hasErrors()) {
			return IncomeLinePayload.rejected(check.errors());
		}
		IncomeLine existing = this.incomes.findLineExactly(input.year(), prefix);
		IncomeLine line = new IncomeLine((existing != null) ? existing.id() : this.ids.nextId(), input.year(), prefix,
				input.amount(), caller.name(), this.clock.instant());
		if (existing != null) {
			this.incomes.updateLine(line);
		}
		else {
			this.incomes.insertLine(line);
		}
		this.audit.record(act, "setIncomeLine", "IncomeLine", line.id(),
				new Changes().field("amount", (existing != null) ? existing.amount() : null, line.amount()));
		return IncomeLinePayload.of(line);
	}

	/** A household in the caller's scope that the caller's duty takes. */
	private Household householdForRecording(Act act, String householdId) {
		Household household = this.households.get(act.caller(), householdId);
		act.check(household);
		return household;
	}

	/** A checked amount as the database holds it, so that an unchanged figure compares equal in the audit. */
	private static BigDecimal fen(@Nullable BigDecimal checked) {
		return Objects.requireNonNull(checked).setScale(2);
	}

	/** The eight amounts of an income record, in the order of the input's fields. */
	private static void amounts(InputCheck check, @Nullable BigDecimal... amounts) {
		List<String> fields = List.of("wageIncome", "operatingIncome", "propertyIncome", "transferIncome",
				"productiveExpenditure", "medicalExpenditure", "educationExpenditure", "otherRigidExpenditure");
		for (int i = 0; i < amounts.length; i++) {
			amount(check, amounts[i], fields.get(i));
		}
	}

	private static void amount(InputCheck check, @Nullable BigDecimal amount, String field) {
		check.require(amount != null && amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) < 0
				&& amount.scale() <= 2, "金额应为非负数，最多两位小数 (amount must be non-negative, in yuan and fen)", field);
	}

	private static @Nullable String optionalText(InputCheck check, @Nullable String text, String field) {
		return (text != null && !text.isBlank()) ? check.text(text, MAX_NOTE_LENGTH, "说明", field) : null;
	}

	/** Today in China, for the dates cadres type. */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(InputCheck.ZONE));
	}

	/** Members of the households, for the derived categories. */
	Map<Long, List<Member>> membersOf(Caller caller, Collection<Long> householdIds) {
		return this.households.membersOf(caller, householdIds);
	}

}
