package org.fangpin.welfare;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Batches;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumber;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.situation.SituationService;
import org.fangpin.welfare.WelfareInputs.WelfareDecisionInput;
import org.fangpin.welfare.WelfareInputs.WelfareDecisionPayload;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Civil affairs' decisions on 低保 and 特困 (seed 001, 七(二): civil affairs identifies and supports the low-income
 * population and feeds its decisions back). A decision is kept under civil affairs' reference and fed, in its
 * transaction, into what the household's record already holds: its status ({@link HouseholdService}) and the
 * transfer income of the years whose allowance it changes ({@link SituationService}), which the screening rules
 * then look at again. It does not touch the guarantees: they are what a visit found at the household.
 */
@Service
public class WelfareService {

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

	/** Monitoring began with targeted poverty alleviation (2013): a decision dated before it is a typing mistake. */
	private static final LocalDate EARLIEST = LocalDate.of(2013, 1, 1);

	/** Yuan per month above this is a typing mistake, not an allowance. */
	private static final BigDecimal MAX_MONTHLY = new BigDecimal("100000");

	private final WelfareMapper decisions;

	private final HouseholdService households;

	private final SituationService situation;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	WelfareService(WelfareMapper decisions, HouseholdService households, SituationService situation, IdGenerator ids,
			AuditLog audit, Clock clock) {
		this.decisions = decisions;
		this.households = households;
		this.situation = situation;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
	}

	/** The decisions on each household in scope, oldest first. */
	public Map<Long, List<WelfareDecision>> decisionsOf(Caller caller, Collection<Long> householdIds) {
		return Batches.group(householdIds,
				householdIds.isEmpty() ? List.of() : this.decisions.findByHouseholds(caller.scope(), householdIds),
				WelfareDecision::householdId);
	}

	@Transactional
	public WelfareDecisionPayload record(Act act, WelfareDecisionInput input) {
		Caller caller = act.caller();
		GridCode county = caller.departmentCounty();
		if (county == null) {
			throw ApiException.forbidden("部门账号需指定服务的县 (a department account needs its county)");
		}
		act.check(county);
		InputCheck check = new InputCheck();
		String reference = check.text(input.reference(), 64, "决定文号", "reference");
		check.require(reference == null || REFERENCE.matcher(reference).matches(),
				"决定文号只能含字母、数字和 . _ : / - (reference has other characters)", "reference");
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		check.notInFuture(input.effectiveOn(), today, "effectiveOn");
		check.require(!input.effectiveOn().isBefore(EARLIEST), "生效日期不能早于" + EARLIEST + " (effectiveOn is too early)",
				"effectiveOn");
		BigDecimal amount = input.monthlyAmount();
		if (input.decision() == WelfareDecisionKind.GRANTED) {
			check.require(amount != null && amount.signum() > 0 && amount.compareTo(MAX_MONTHLY) < 0 && amount.scale() <= 2,
					"纳入时需填月救助金额，大于0，最多两位小数 (monthlyAmount is required when granted: yuan and fen, more than 0)",
					"monthlyAmount");
		}
		else {
			check.require(amount == null, "停发不填月救助金额 (monthlyAmount is only for GRANTED)", "monthlyAmount");
		}
		Long householdId = household(check, caller, input);
		if (check.hasErrors()) {
			return WelfareDecisionPayload.rejected(check.errors());
		}
		Household household = Objects.requireNonNull(this.households.find(caller, Objects.requireNonNull(householdId)));
		act.check(household);
		WelfareDecision decision = new WelfareDecision(this.ids.nextId(), county.value(), Objects.requireNonNull(reference),
				household.id(), input.programme(), input.decision(), input.effectiveOn(),
				(amount != null) ? amount.setScale(2) : null, caller.name(), this.clock.instant());
		WelfareDecision recorded = this.decisions.findByReference(caller.scope(), county.value(), reference);
		if (recorded != null) {
			return recorded.sameAs(decision) ? WelfareDecisionPayload.of(recorded) : WelfareDecisionPayload.rejected(UserError
				.conflict("决定文号" + reference + "已记录了另一内容的决定 (CONFLICT: this reference names a decision with other content)",
						"reference"));
		}
		List<WelfareDecision> before = decisionsOf(caller, List.of(household.id())).get(household.id())
			.stream()
			.filter((earlier) -> earlier.programme() == input.programme())
			.toList();
		UserError refused = outOfOrder(before, decision, household);
		if (refused != null) {
			return WelfareDecisionPayload.rejected(refused);
		}
		try {
			this.decisions.insert(decision);
		}
		catch (DuplicateKeyException ex) {
			return WelfareDecisionPayload.rejected(UserError.conflict(
					"该决定文号正在记录或已用于他户，请稍后重发 (CONFLICT: this reference is being recorded, or was used for another household)",
					"reference"));
		}
		boolean granted = decision.decision() == WelfareDecisionKind.GRANTED;
		boolean subsistence = decision.programme() == WelfareProgramme.SUBSISTENCE_ALLOWANCE;
		boolean current = subsistence ? household.lowIncomeSupport() : household.extremePovertySupport();
		Changes changes = new Changes().field("household", null, household.householdNumber())
			.field("reference", null, reference)
			.field("programme", null, decision.programme())
			.field("decision", null, decision.decision())
			.field("effectiveOn", null, decision.effectiveOn())
			.field("monthlyAmount", null, decision.monthlyAmount());
		if (current != granted) {
			Household updated = this.households.setWelfareSupport(caller, household, subsistence ? granted : null,
					subsistence ? null : granted);
			if (updated == null) {
				Transactions.rollback();
				return WelfareDecisionPayload.rejected(UserError.conflict(
						"该户信息正被修改，请重发 (CONFLICT: the household changed meanwhile, resend)", "reference"));
			}
			changes.field(subsistence ? "lowIncomeSupport" : "extremePovertySupport", current, granted);
		}
		this.audit.record(act, "recordWelfareDecision", "WelfareDecision", decision.id(), changes);
		List<WelfareDecision> after = new ArrayList<>(before);
		after.add(decision);
		int thisYear = Year.now(this.clock.withZone(InputCheck.ZONE)).getValue();
		for (int year = decision.effectiveOn().getYear(); year <= thisYear; year++) {
			BigDecimal change = allowance(after, year).subtract(allowance(before, year));
			this.situation.addTransferIncome(act, household, year, change,
					"民政" + (subsistence ? "低保" : "特困") + (granted ? "纳入" : "停发") + "（" + reference + "）");
		}
		return WelfareDecisionPayload.of(decision);
	}

	/**
	 * Decisions come in the order civil affairs made them: none dated before the programme's last one on the
	 * household, and a stop only of what is paid.
	 */
	private static @Nullable UserError outOfOrder(List<WelfareDecision> before, WelfareDecision decision,
			Household household) {
		WelfareDecision last = before.isEmpty() ? null : before.getLast();
		if (last != null && decision.effectiveOn().isBefore(last.effectiveOn())) {
			return UserError.badInput("生效日期早于该户该类救助的上一决定（" + last.reference() + "，" + last.effectiveOn()
					+ "），请按决定的先后记录 (effectiveOn is before the programme's last decision on the household)",
					"effectiveOn");
		}
		boolean paid = (last != null) ? last.decision() == WelfareDecisionKind.GRANTED
				: (decision.programme() == WelfareProgramme.SUBSISTENCE_ALLOWANCE) ? household.lowIncomeSupport()
						: household.extremePovertySupport();
		if (decision.decision() == WelfareDecisionKind.STOPPED && !paid) {
			return UserError.badInput("该户未享受该类救助，无需停发 (the household does not receive this programme)", "decision");
		}
		return null;
	}

	/**
	 * What the decisions pay in a year: each month at the amount of the last grant of that month or before, unless
	 * a stop came after it.
	 */
	static BigDecimal allowance(List<WelfareDecision> decisions, int year) {
		BigDecimal total = BigDecimal.ZERO;
		for (int month = 1; month <= 12; month++) {
			YearMonth paidMonth = YearMonth.of(year, month);
			WelfareDecision inForce = null;
			for (WelfareDecision decision : decisions) {
				if (!decision.fromMonth().isAfter(paidMonth)) {
					inForce = decision;
				}
			}
			if (inForce != null && inForce.decision() == WelfareDecisionKind.GRANTED) {
				total = total.add(Objects.requireNonNull(inForce.monthlyAmount()));
			}
		}
		return total;
	}

	/** The household of the number or of the person, in the caller's scope; exactly one of them is given. */
	private @Nullable Long household(InputCheck check, Caller caller, WelfareDecisionInput input) {
		boolean byNumber = input.householdNumber() != null && !input.householdNumber().isBlank();
		boolean byPerson = input.idNumber() != null && !input.idNumber().isBlank();
		if (byNumber == byPerson) {
			check.fail("请填写户编号或身份证号之一 (give householdNumber or idNumber)", "householdNumber");
			return null;
		}
		Long found;
		if (byNumber) {
			String number = Objects.requireNonNull(input.householdNumber()).strip();
			found = this.households.findIdsByNumbers(caller, List.of(number)).get(number);
		}
		else {
			IdNumber idNumber = check.parse(input.idNumber(), IdNumber::of, "idNumber");
			if (idNumber == null) {
				return null;
			}
			found = this.households.findIdsByIdNumbers(caller, List.of(idNumber)).get(idNumber);
		}
		check.require(found != null, "本县未登记该户 (no such household in the county)", byNumber ? "householdNumber" : "idNumber");
		return found;
	}

}
