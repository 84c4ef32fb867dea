package org.fangpin.warning;

import java.math.BigDecimal;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.BatchWriter;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.GlobalId;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.Household;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.security.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.Scope;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.fangpin.warning.WarningInputs.PushWarningsInput;
import org.fangpin.warning.WarningInputs.PushWarningsPayload;
import org.fangpin.warning.WarningInputs.ReceivedBatch;
import org.fangpin.warning.WarningInputs.VerifyWarningInput;
import org.fangpin.warning.WarningInputs.WarningInput;
import org.fangpin.warning.WarningInputs.WarningPayload;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department warnings (seeds 001 and 002: 部门筛查预警, 反馈乡镇核实): a department pushes a batch; each item
 * is accepted (matched in the county: a lead is raised and the township verifies it), unmatched (kept for
 * the county), rejected (why, per field) or a duplicate of one received before. A batch is stored with its
 * results, so that a resend replays them; the department follows its warnings through a change feed.
 */
@Service
public class WarningService {

	/** A batch larger than this is refused whole: a department splits it. */
	static final int MAX_BATCH_SIZE = 1000;

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

	private static final Pattern HOUSEHOLD_NUMBER = Pattern.compile("[0-9]{18}");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	private static final int MAX_NOTE_LENGTH = 500;

	private final WarningMapper warnings;

	private final HouseholdService households;

	private final LeadService leads;

	private final IdNumberCipher cipher;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json;

	private final CountySettings settings;

	private final BatchWriter batches;

	WarningService(WarningMapper warnings, HouseholdService households, LeadService leads, IdNumberCipher cipher,
			IdGenerator ids, AuditLog audit, Clock clock, JsonMapper json, CountySettings settings, BatchWriter batches) {
		this.warnings = warnings;
		this.batches = batches;
		this.households = households;
		this.leads = leads;
		this.cipher = cipher;
		this.ids = ids;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
		this.settings = settings;
	}

	// Pushing

	@Transactional
	public PushWarningsPayload push(Act act, PushWarningsInput input) {
		Caller caller = act.caller();
		Department department = Scope.of(caller).getDepartment();
		GridCode county = caller.departmentCounty();
		if (department == null || county == null) {
			throw ApiException.forbidden("部门账号需指定所属部门和服务的县 (a department account needs its department and county)");
		}
		act.check(county);
		InputCheck check = new InputCheck();
		String batchId = check.text(input.batchId(), 64, "批次号", "batchId");
		check.require(batchId == null || REFERENCE.matcher(batchId).matches(),
				"批次号只能含字母、数字和 . _ : / - (batchId has other characters)", "batchId");
		check.require(!input.warnings().isEmpty(), "预警不能为空 (warnings is empty)", "warnings");
		check.require(input.warnings().size() <= MAX_BATCH_SIZE, "每批最多" + MAX_BATCH_SIZE + "条，本批"
				+ input.warnings().size() + "条，请分批推送 (at most " + MAX_BATCH_SIZE + " warnings per batch)", "warnings");
		if (check.hasErrors()) {
			return new PushWarningsPayload(null, check.errors());
		}
		byte[] hash = contentHash(input.warnings());
		WarningBatch earlier = this.warnings.findBatch(department, county.value(), batchId);
		if (earlier != null) {
			return replay(earlier, hash, batchId);
		}
		WarningBatch batch = new WarningBatch(this.ids.nextId(), department, batchId, hash, county.value(),
				input.warnings().size(), caller.name(), this.clock.instant());
		try {
			this.warnings.insertBatch(batch);
		}
		catch (DuplicateKeyException ex) {
			// the same batch, sent twice at once: the other one wins, this one replays it
			Transactions.rollback();
			return PushWarningsPayload.rejected(UserError.conflict(
					"同一批次正在接收，请稍后重发 (CONFLICT: the same batch is being received)", "batchId"));
		}
		List<WarningResult> results = receive(act, batch, input.warnings());
		Map<WarningOutcome, Long> counts = results.stream()
			.collect(Collectors.groupingBy(WarningResult::outcome, Collectors.counting()));
		Changes changes = new Changes().field("batchId", null, batchId).field("items", null, results.size());
		counts.forEach((outcome, count) -> changes.field(outcome.name(), null, count));
		this.audit.record(act, "pushWarnings", "WarningBatch", batch.id(), changes);
		return new PushWarningsPayload(new ReceivedBatch(batch, results), List.of());
	}

	/** A batch id seen before: the same items replay what was answered, other items are a conflict. */
	private PushWarningsPayload replay(WarningBatch earlier, byte[] hash, String batchId) {
		if (!Arrays.equals(earlier.contentHash(), hash)) {
			return PushWarningsPayload.rejected(UserError.conflict("批次号" + batchId
					+ "已用于内容不同的另一批，请换用新的批次号 (CONFLICT: this batchId was sent with other warnings)", "batchId"));
		}
		return new PushWarningsPayload(new ReceivedBatch(earlier, this.warnings.findResults(earlier.id())), List.of());
	}

	/** Checks, matches and keeps the items, with one batch per table. */
	private List<WarningResult> receive(Act act, WarningBatch batch, List<WarningInput> items) {
		Caller caller = act.caller();
		List<CheckedItem> checked = new ArrayList<>();
		for (WarningInput item : items) {
			checked.add(check(item));
		}
		Map<String, DepartmentWarning> known = this.warnings
			.findByReferences(batch.department(), batch.countyCode(),
					checked.stream().map(CheckedItem::referenceId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(DepartmentWarning::referenceId, (warning) -> warning));
		Map<IdNumber, Long> byPerson = this.households.findIdsByIdNumbers(caller,
				checked.stream().map(CheckedItem::idNumber).filter(Objects::nonNull).toList());
		Map<String, Long> byNumber = this.households.findIdsByNumbers(caller,
				checked.stream().map(CheckedItem::householdNumber).filter(Objects::nonNull).distinct().toList());

		Instant now = this.clock.instant();
		Duration verificationPeriod = this.settings.of(batch.countyCode(), CountySetting.WARNING_VERIFICATION_PERIOD);
		List<WarningResult> results = new ArrayList<>();
		List<DepartmentWarning> kept = new ArrayList<>();
		List<Long> matched = new ArrayList<>();
		List<CheckedItem> matchedItems = new ArrayList<>();
		Map<String, Long> firstInBatch = new HashMap<>();
		for (int position = 0; position < checked.size(); position++) {
			CheckedItem item = checked.get(position);
			if (!item.errors().isEmpty()) {
				results.add(new WarningResult(batch.id(), position, Objects.requireNonNullElse(item.referenceId(), ""),
						WarningOutcome.REJECTED, null, this.json.writeValueAsString(item.errors())));
				continue;
			}
			DepartmentWarning first = known.get(item.referenceId());
			Long firstId = (first != null) ? Long.valueOf(first.id()) : firstInBatch.get(item.referenceId());
			if (firstId != null) {
				results.add(new WarningResult(batch.id(), position, item.referenceId(), WarningOutcome.DUPLICATE, firstId,
						null));
				continue;
			}
			Long householdId = (item.idNumber() != null) ? byPerson.get(item.idNumber())
					: byNumber.get(item.householdNumber());
			long id = this.ids.nextId();
			firstInBatch.put(item.referenceId(), id);
			WarningStatus status = (householdId != null) ? WarningStatus.PENDING_VERIFICATION : WarningStatus.UNMATCHED;
			kept.add(new DepartmentWarning(id, batch.id(), batch.department(), item.referenceId(), batch.countyCode(),
					householdId,
					(item.idNumber() != null) ? this.cipher.encrypt(item.idNumber()) : null,
					(item.idNumber() != null) ? this.cipher.lookupHash(item.idNumber()) : null, item.householdNumber(),
					RiskTypes.format(item.riskTypes()), item.observedOn(), this.json.writeValueAsString(item.facts()),
					status, null, (householdId != null) ? now.plus(verificationPeriod) : null, null, null, null, null,
					now, id, 0));
			if (householdId != null) {
				matched.add(householdId);
				matchedItems.add(item);
			}
			results.add(new WarningResult(batch.id(), position, item.referenceId(),
					(householdId != null) ? WarningOutcome.ACCEPTED : WarningOutcome.UNMATCHED, id, null));
		}
		List<Lead> raised = this.leads.raiseForWarnings(act, matched,
				matchedItems.stream().map(CheckedItem::riskTypes).toList(),
				matchedItems.stream().map((item) -> describe(batch.department(), item)).toList());
		Map<Long, Long> leadOfHousehold = new HashMap<>();
		List<DepartmentWarning> withLeads = new ArrayList<>();
		int lead = 0;
		for (DepartmentWarning warning : kept) {
			if (warning.householdId() != null) {
				leadOfHousehold.put(warning.id(), raised.get(lead++).id());
			}
			withLeads.add(withLead(warning, leadOfHousehold.get(warning.id())));
		}
		this.batches.write(WarningMapper.class, "insertWarning", withLeads);
		this.batches.write(WarningMapper.class, "insertResult", results);
		return results;
	}

	private static DepartmentWarning withLead(DepartmentWarning w, @Nullable Long leadId) {
		return new DepartmentWarning(w.id(), w.batchId(), w.department(), w.referenceId(), w.countyCode(),
				w.householdId(), w.idNumberCipher(), w.idNumberHash(), w.householdNumber(), w.riskTypes(), w.observedOn(),
				w.facts(), w.status(), leadId, w.verifyBy(), w.verifiedBy(), w.verifiedAt(), w.verificationNote(),
				w.helpNote(), w.receivedAt(), w.changeSeq(), w.version());
	}

	/** An item as checked: its values, or why it is refused (field paths within the item). */
	private record CheckedItem(@Nullable String referenceId, @Nullable IdNumber idNumber,
			@Nullable String householdNumber, List<RiskType> riskTypes, @Nullable LocalDate observedOn,
			@Nullable WarningFacts facts, List<UserError> errors) {
	}

	private CheckedItem check(WarningInput item) {
		InputCheck check = new InputCheck();
		String reference = check.text(item.referenceId(), 64, "业务编号", "referenceId");
		check.require(reference == null || REFERENCE.matcher(reference).matches(),
				"业务编号只能含字母、数字和 . _ : / - (referenceId has other characters)", "referenceId");
		check.require((item.idNumber() == null) != (item.householdNumber() == null),
				"身份证号和户编号应填且只填一项 (give idNumber or householdNumber)", "idNumber");
		IdNumber idNumber = (item.idNumber() != null) ? check.parse(item.idNumber(), IdNumber::of, "idNumber") : null;
		String householdNumber = (item.householdNumber() != null) ? item.householdNumber().strip() : null;
		check.require(householdNumber == null || HOUSEHOLD_NUMBER.matcher(householdNumber).matches(),
				"户编号应为18位数字 (householdNumber must be 18 digits)", "householdNumber");
		check.require(!item.riskTypes().isEmpty(), "至少一种风险类型 (riskTypes is empty)", "riskTypes");
		check.notInFuture(item.observedOn(), LocalDate.now(this.clock.withZone(InputCheck.ZONE)), "observedOn");
		check.require(item.observedOn().getYear() >= 2000, "发现日期过早 (observedOn is before 2000)", "observedOn");
		WarningFacts facts = (item.facts() != null) ? item.facts() : new WarningFacts(null, null, null, null, null, null);
		amount(check, facts.outOfPocketMedicalCost(), "facts.outOfPocketMedicalCost");
		amount(check, facts.disasterLoss(), "facts.disasterLoss");
		check.require(facts.disabilityGrade() == null || (facts.disabilityGrade() >= 1 && facts.disabilityGrade() <= 4),
				"残疾等级应为1到4级 (disabilityGrade must be 1..4)", "facts.disabilityGrade");
		check.notInFuture(facts.subsistenceStoppedOn(), LocalDate.now(this.clock.withZone(InputCheck.ZONE)),
				"facts.subsistenceStoppedOn");
		String note = (facts.note() != null && !facts.note().isBlank())
				? check.text(facts.note(), MAX_NOTE_LENGTH, "说明", "facts.note") : null;
		WarningFacts kept = new WarningFacts(facts.outOfPocketMedicalCost(), facts.disabilityGrade(),
				facts.subsistenceStoppedOn(), facts.schoolDropout(), facts.disasterLoss(), note);
		return new CheckedItem(reference, idNumber, householdNumber, List.copyOf(item.riskTypes()), item.observedOn(),
				kept, check.errors());
	}

	private static void amount(InputCheck check, @Nullable BigDecimal amount, String field) {
		check.require(amount == null || (amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) < 0 && amount.scale() <= 2),
				"金额应为非负数，最多两位小数 (amount must be non-negative yuan)", field);
	}

	/**
	 * What the village reads on the lead: who warned, and the facts that are no one's health. A lead's text is
	 * shown to everyone who sees the lead, so the health facts and the department's note (where illnesses are
	 * written) stay on the warning, released as its schema declares.
	 */
	private static String describe(Department department, CheckedItem item) {
		WarningFacts facts = Objects.requireNonNull(item.facts());
		List<String> parts = new ArrayList<>();
		if (facts.subsistenceStoppedOn() != null) {
			parts.add("低保于" + facts.subsistenceStoppedOn() + "停发");
		}
		if (Boolean.TRUE.equals(facts.schoolDropout())) {
			parts.add("有辍学");
		}
		if (facts.disasterLoss() != null) {
			parts.add("灾害损失" + facts.disasterLoss().toPlainString() + "元");
		}
		// said of every warning alike, so that it tells nobody whether a health fact is behind it
		parts.add("其余事实见预警");
		return "部门筛查预警（" + department + "，编号" + item.referenceId() + "，" + item.observedOn() + "）：" + String.join("；", parts);
	}

	/**
	 * SHA-256 of the items as UTF-8 JSON: records serialize their components in declaration order. Written
	 * straight into the digest, without the batch's JSON as a string.
	 */
	private byte[] contentHash(List<WarningInput> items) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			this.json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), sha256), items);
			return sha256.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// Reading

	public @Nullable ReceivedBatch batch(Caller caller, String batchId) {
		Department department = Scope.of(caller).getDepartment();
		GridCode county = caller.departmentCounty();
		WarningBatch batch = (department != null && county != null)
				? this.warnings.findBatch(department, county.value(), batchId) : null;
		return (batch != null) ? new ReceivedBatch(batch, this.warnings.findResults(batch.id())) : null;
	}

	public @Nullable DepartmentWarning find(Caller caller, long id) {
		return this.warnings.findByIds(Scope.of(caller), List.of(id)).stream().findFirst().orElse(null);
	}

	public Map<Long, DepartmentWarning> findAll(Caller caller, Collection<Long> ids) {
		return this.warnings.findByIds(Scope.of(caller), ids)
			.stream()
			.collect(Collectors.toMap(DepartmentWarning::id, (warning) -> warning));
	}

	public @Nullable DepartmentWarning byReference(Caller caller, String referenceId) {
		return this.warnings.findByReference(Scope.of(caller), referenceId);
	}

	/** The caller's department's warnings changed after the cursor, oldest change first. */
	public Connection<DepartmentWarning> updates(Caller caller, Page page) {
		Scope scope = Scope.of(caller);
		if (scope.getDepartment() == null) {
			throw ApiException.forbidden("变更订阅仅供部门账号使用 (the change feed is for department accounts)");
		}
		return page.toConnection(this.warnings.findChanges(scope, page.afterId(), page.fetchSize()),
				DepartmentWarning::changeSeq, () -> this.warnings.countChanges(scope, page.afterId()));
	}

	/** Accepted warnings in scope waiting for verification (only the overdue ones, if asked), oldest first. */
	public Connection<DepartmentWarning> awaitingVerification(Caller caller, boolean overdueOnly, Page page) {
		Scope scope = Scope.of(caller);
		Instant overdueAt = overdueOnly ? this.clock.instant() : null;
		return page.toConnection(
				this.warnings.findByStatus(scope, WarningStatus.PENDING_VERIFICATION, overdueAt, page.afterId(),
						page.fetchSize()),
				DepartmentWarning::id,
				() -> this.warnings.countByStatus(scope, WarningStatus.PENDING_VERIFICATION, overdueAt));
	}

	/** Warnings about people the county does not know, for the county to resolve. */
	public Connection<DepartmentWarning> unmatched(Caller caller, Page page) {
		Scope scope = Scope.of(caller);
		return page.toConnection(
				this.warnings.findByStatus(scope, WarningStatus.UNMATCHED, null, page.afterId(), page.fetchSize()),
				DepartmentWarning::id, () -> this.warnings.countByStatus(scope, WarningStatus.UNMATCHED, null));
	}

	public boolean isOverdue(DepartmentWarning warning) {
		return warning.isOverdue(this.clock.instant());
	}

	/** The ID number an unmatched warning was sent with, in clear; the field policy decides what is shown. */
	public @Nullable String idNumber(DepartmentWarning warning) {
		byte[] stored = warning.idNumberCipher();
		return (stored != null) ? this.cipher.decrypt(stored).value() : null;
	}

	public WarningFacts facts(DepartmentWarning warning) {
		return this.json.readValue(warning.facts(), WarningFacts.class);
	}

	public List<UserError> errors(WarningResult result) {
		return (result.errors() != null) ? this.json.readValue(result.errors(), new TypeReference<List<UserError>>() {
		}) : List.of();
	}

	/** Per department, for the county's dashboard: the closed loop from warning to verification. */
	public List<WarningMetrics> metrics(Caller caller) {
		Scope scope = Scope.of(caller);
		Map<Department, List<WarningMapper.Verification>> verifications = this.warnings.findVerifications(scope)
			.stream()
			.collect(Collectors.groupingBy(WarningMapper.Verification::department, LinkedHashMap::new,
					Collectors.toList()));
		return this.warnings.countByDepartment(scope).stream().map((counts) -> {
			List<WarningMapper.Verification> verified = verifications.getOrDefault(counts.department(), List.of());
			return new WarningMetrics(counts.department(), counts.received(), counts.matched(), counts.unmatched(),
					verified.size(), verified.stream().filter(WarningMapper.Verification::inTime).count(),
					verified.stream().filter(WarningMapper.Verification::confirmed).count(),
					WarningMetrics.median(verified.stream().map(WarningMapper.Verification::days).toList()));
		}).toList();
	}

	// Verifying

	/**
	 * The township's verification (seed 001: 反馈乡镇核实): confirmed, the warning's lead goes into the
	 * procedure (a new case of the type given, or the household's active case); not confirmed, it is
	 * dismissed with the reason and any help given anyway. Either way the department sees the result.
	 */
	@Transactional
	public WarningPayload verify(Act act, VerifyWarningInput input) {
		Caller caller = act.caller();
		DepartmentWarning current = GlobalId.idOf(input.warningId(), "DepartmentWarning")
			.map((id) -> find(caller, id))
			.filter((warning) -> warning.householdId() != null)
			.orElseThrow(() -> ApiException.notFound("部门预警"));
		Household household = this.households.find(caller, Objects.requireNonNull(current.householdId()));
		if (household == null) {
			throw ApiException.notFound("部门预警");
		}
		act.check(household);
		if (current.status() != WarningStatus.PENDING_VERIFICATION) {
			return WarningPayload.rejected(List.of(UserError.conflict(
					"该预警已核实（" + current.status() + "） (CONFLICT: the warning is " + current.status() + ")",
					"warningId")));
		}
		if (current.version() != input.version()) {
			return WarningPayload.rejected(List.of(UserError.staleVersion(input.version())));
		}
		InputCheck check = new InputCheck();
		check.require(!input.confirmed() || input.caseType() != null,
				"核实属实时需确定监测对象类型 (caseType is required when confirmed)", "caseType");
		String note = (input.confirmed() && (input.note() == null || input.note().isBlank())) ? null
				: check.text(input.note(), 1000, input.confirmed() ? "说明" : "不属实的原因", "note");
		String helpNote = (input.helpNote() != null && !input.helpNote().isBlank())
				? check.text(input.helpNote(), MAX_NOTE_LENGTH, "帮扶说明", "helpNote") : null;
		if (check.hasErrors()) {
			return WarningPayload.rejected(check.errors());
		}
		if (current.leadId() != null) {
			List<UserError> refused = this.leads.decideByVerification(act, current.leadId(), input.confirmed(),
					input.caseType(), note, helpNote);
			if (!refused.isEmpty()) {
				Transactions.rollback();
				return WarningPayload.rejected(refused);
			}
		}
		Instant now = this.clock.instant();
		DepartmentWarning verified = new DepartmentWarning(current.id(), current.batchId(), current.department(),
				current.referenceId(), current.countyCode(), current.householdId(), current.idNumberCipher(),
				current.idNumberHash(), current.householdNumber(), current.riskTypes(), current.observedOn(),
				current.facts(), input.confirmed() ? WarningStatus.CONFIRMED : WarningStatus.NOT_CONFIRMED,
				current.leadId(), current.verifyBy(), caller.name(), now, note, helpNote, current.receivedAt(),
				this.ids.nextId(), current.version() + 1);
		if (this.warnings.verify(Scope.of(caller), verified, current.version()) == 0) {
			Transactions.rollback();
			return WarningPayload.rejected(List.of(UserError.staleVersion(current.version())));
		}
		this.audit.record(act, "verifyWarning", "DepartmentWarning", current.id(),
				new Changes().field("status", current.status(), verified.status()).field("note", null, note));
		return new WarningPayload(verified, List.of());
	}

}
