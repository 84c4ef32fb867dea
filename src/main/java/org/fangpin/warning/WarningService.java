package org.fangpin.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.db.BatchWriter;
import org.fangpin.db.IdGenerator;
import org.fangpin.graphql.Connection;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.Page;
import org.fangpin.graphql.Transactions;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.household.HouseholdService;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.monitoring.Lead;
import org.fangpin.monitoring.LeadService;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.rows.Scope;
import org.fangpin.settings.CountySetting;
import org.fangpin.settings.CountySettings;
import org.fangpin.warning.WarningInputs.PushWarningsInput;
import org.fangpin.warning.WarningInputs.PushWarningsPayload;
import org.fangpin.warning.WarningInputs.ReceivedBatch;
import org.fangpin.warning.WarningInputs.WarningInput;
import org.fangpin.warning.WarningItems.CheckedItem;
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

	private final WarningMapper warnings;

	private final WarningItems items;

	private final WarningFeed feed;

	private final HouseholdService households;

	private final LeadService leads;

	private final IdNumberCipher cipher;

	private final IdGenerator ids;

	private final AuditLog audit;

	private final Clock clock;

	private final JsonMapper json;

	private final CountySettings settings;

	private final BatchWriter batches;

	WarningService(WarningMapper warnings, WarningItems items, WarningFeed feed, HouseholdService households,
			LeadService leads, IdNumberCipher cipher, IdGenerator ids, AuditLog audit, Clock clock, JsonMapper json,
			CountySettings settings, BatchWriter batches) {
		this.warnings = warnings;
		this.items = items;
		this.feed = feed;
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
		DepartmentAccount account = DepartmentAccount.of(act);
		Department department = account.department();
		GridCode county = account.county();
		InputCheck check = new InputCheck();
		String batchId = check.text(input.batchId(), 64, "批次号", "batchId");
		check.require(batchId == null || WarningItems.REFERENCE.matcher(batchId).matches(),
				"批次号只能含字母、数字和 . _ : / - (batchId has other characters)", "batchId");
		check.require(!input.warnings().isEmpty(), "预警不能为空 (warnings is empty)", "warnings");
		check.require(input.warnings().size() <= MAX_BATCH_SIZE, "每批最多" + MAX_BATCH_SIZE + "条，本批"
				+ input.warnings().size() + "条，请分批推送 (at most " + MAX_BATCH_SIZE + " warnings per batch)", "warnings");
		if (check.hasErrors()) {
			return new PushWarningsPayload(null, check.errors());
		}
		WarningItems.Contents contents = this.items.contents(input.warnings());
		byte[] hash = contents.batchHash();
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
		List<WarningResult> results = receive(act, batch, input.warnings(), contents.itemHashes());
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

	/** Checks, matches and keeps the items, with one JDBC batch per table. */
	private List<WarningResult> receive(Act act, WarningBatch batch, List<WarningInput> inputs,
			List<byte[]> contentHashes) {
		List<CheckedItem> items = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			items.add(this.items.check(inputs.get(i), contentHashes.get(i)));
		}
		Map<String, DepartmentWarning> known = this.warnings
			.findByReferences(batch.department(), batch.countyCode(),
					items.stream().map(CheckedItem::referenceId).filter(Objects::nonNull).distinct().toList())
			.stream()
			.collect(Collectors.toMap(DepartmentWarning::referenceId, Function.identity()));
		Households households = households(act.caller(), items);
		List<WarningResult> results = new ArrayList<>();
		List<Received> received = new ArrayList<>();
		Map<String, Received> firstInBatch = new HashMap<>();
		for (int position = 0; position < items.size(); position++) {
			CheckedItem item = items.get(position);
			String reference = Objects.requireNonNullElse(item.referenceId(), "");
			if (!item.errors().isEmpty()) {
				results.add(new WarningResult(batch.id(), position, reference, WarningOutcome.REJECTED, null,
						this.json.writeValueAsString(item.errors()), false));
				continue;
			}
			DepartmentWarning earlier = known.get(reference);
			Received earlierInBatch = firstInBatch.get(reference);
			if (earlier != null || earlierInBatch != null) {
				long first = (earlier != null) ? earlier.id() : earlierInBatch.id();
				byte[] firstContent = (earlier != null) ? earlier.contentHash() : earlierInBatch.item().contentHash();
				results.add(new WarningResult(batch.id(), position, reference, WarningOutcome.DUPLICATE, first, null,
						firstContent != null && !Arrays.equals(firstContent, item.contentHash())));
				continue;
			}
			Received kept = new Received(this.ids.nextId(), item, households.of(item));
			firstInBatch.put(reference, kept);
			received.add(kept);
			results.add(new WarningResult(batch.id(), position, reference,
					(kept.householdId() != null) ? WarningOutcome.ACCEPTED : WarningOutcome.UNMATCHED, kept.id(), null,
					false));
		}
		List<DepartmentWarning> kept = keep(act, batch, received);
		this.batches.write(WarningMapper.class, "insertWarning", kept);
		this.batches.write(WarningMapper.class, "insertResult", results);
		this.feed.recordAll(kept.stream()
			.map((warning) -> WarningChange.of(warning.changeSeq(), warning, WarningChangeKind.RECEIVED,
					warning.receivedAt()))
			.toList());
		return results;
	}

	/** An item kept under a new id, matched to a household or not. */
	private record Received(long id, CheckedItem item, @Nullable Long householdId) {
	}

	/** The households of the county the items name, by ID number or household number, found in one query each. */
	private record Households(Map<IdNumber, Long> byPerson, Map<String, Long> byNumber) {

		@Nullable Long of(CheckedItem item) {
			return (item.idNumber() != null) ? this.byPerson.get(item.idNumber()) : this.byNumber.get(item.householdNumber());
		}

	}

	private Households households(Caller caller, List<CheckedItem> items) {
		return new Households(
				this.households.findIdsByIdNumbers(caller,
						items.stream().map(CheckedItem::idNumber).filter(Objects::nonNull).toList()),
				this.households.findIdsByNumbers(caller,
						items.stream().map(CheckedItem::householdNumber).filter(Objects::nonNull).distinct().toList()));
	}

	/** The rows of the items received, the matched ones with the leads raised for them in one batch. */
	private List<DepartmentWarning> keep(Act act, WarningBatch batch, List<Received> received) {
		Instant now = this.clock.instant();
		Instant verifyBy = now
			.plus(this.settings.of(batch.countyCode(), CountySetting.WARNING_VERIFICATION_PERIOD));
		List<Received> matched = received.stream().filter((item) -> item.householdId() != null).toList();
		Map<Long, Lead> leadOf = zip(matched, this.leads.raiseForWarnings(act, matched.stream()
			.map((item) -> item.item().lead(batch.department(), Objects.requireNonNull(item.householdId())))
			.toList(), verifyBy));
		return received.stream().map((item) -> {
			Lead lead = leadOf.get(item.id());
			return this.items.row(item.id(), batch, item.item(), item.householdId(), (lead != null) ? lead.id() : null,
					(lead != null) ? verifyBy : null, now);
		}).toList();
	}

	/** The lead raised for each matched item, by the item's id: raiseForWarnings answers in the order asked. */
	private static Map<Long, Lead> zip(List<Received> matched, List<Lead> raised) {
		Map<Long, Lead> byItem = new HashMap<>();
		for (int i = 0; i < matched.size(); i++) {
			byItem.put(matched.get(i).id(), raised.get(i));
		}
		return byItem;
	}

	// Reading

	public @Nullable ReceivedBatch batch(Caller caller, String batchId) {
		Department department = caller.scope().getDepartment();
		GridCode county = caller.departmentCounty();
		WarningBatch batch = (department != null && county != null)
				? this.warnings.findBatch(department, county.value(), batchId) : null;
		return (batch != null) ? new ReceivedBatch(batch, this.warnings.findResults(batch.id())) : null;
	}

	public @Nullable DepartmentWarning find(Caller caller, long id) {
		return this.warnings.findByIds(caller.scope(), List.of(id)).stream().findFirst().orElse(null);
	}

	public Map<Long, DepartmentWarning> findAll(Caller caller, Collection<Long> ids) {
		return this.warnings.findByIds(caller.scope(), ids)
			.stream()
			.collect(Collectors.toMap(DepartmentWarning::id, (warning) -> warning));
	}

	public @Nullable DepartmentWarning byReference(Caller caller, String referenceId) {
		return this.warnings.findByReference(caller.scope(), referenceId);
	}

	/** Accepted warnings in scope waiting for verification (only the overdue ones, if asked), oldest first. */
	public Connection<DepartmentWarning> awaitingVerification(Caller caller, boolean overdueOnly, Page page) {
		Scope scope = caller.scope();
		Instant overdueAt = overdueOnly ? this.clock.instant() : null;
		return page.toConnection(
				this.warnings.findByStatus(scope, WarningStatus.PENDING_VERIFICATION, overdueAt, page.afterId(),
						page.fetchSize()),
				DepartmentWarning::id,
				() -> this.warnings.countByStatus(scope, WarningStatus.PENDING_VERIFICATION, overdueAt));
	}

	/** Warnings about people the county does not know, for the county to resolve. */
	public Connection<DepartmentWarning> unmatched(Caller caller, Page page) {
		Scope scope = caller.scope();
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

}
