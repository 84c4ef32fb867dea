package org.fangpin.warning;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.monitoring.LeadService.WarningLead;
import org.fangpin.monitoring.RiskType;
import org.fangpin.monitoring.RiskTypes;
import org.fangpin.security.Department;
import org.fangpin.warning.WarningInputs.WarningInput;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * One warning as a department sends it, in a push or a correction: checked field by field, described for the
 * lead it raises, hashed to recognise it again, and kept as a row.
 */
@Component
class WarningItems {

	static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

	private static final Pattern HOUSEHOLD_NUMBER = Pattern.compile("[0-9]{18}");

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	static final int MAX_NOTE_LENGTH = 500;

	private final IdNumberCipher cipher;

	private final Clock clock;

	private final JsonMapper json;

	WarningItems(IdNumberCipher cipher, Clock clock, JsonMapper json) {
		this.cipher = cipher;
		this.clock = clock;
		this.json = json;
	}

	/**
	 * An item as checked: its values, or why it is refused (field paths within the item).
	 *
	 * @param contentHash what the item says, to tell a repeat of its reference id with other content
	 */
	record CheckedItem(@Nullable String referenceId, @Nullable IdNumber idNumber, @Nullable String householdNumber,
			List<RiskType> riskTypes, @Nullable LocalDate observedOn, @Nullable WarningFacts facts,
			byte[] contentHash, List<UserError> errors) {

		/**
		 * The lead it raises in the household it matched: who warned, and the facts that are no one's health.
		 * A lead's text is shown to everyone who sees the lead, so the health facts and the department's note
		 * (where illnesses are written) stay on the warning, released as its schema declares.
		 */
		WarningLead lead(Department department, long householdId) {
			WarningFacts shown = Objects.requireNonNull(this.facts);
			List<String> parts = new ArrayList<>();
			if (shown.subsistenceStoppedOn() != null) {
				parts.add("低保于" + shown.subsistenceStoppedOn() + "停发");
			}
			if (Boolean.TRUE.equals(shown.schoolDropout())) {
				parts.add("有辍学");
			}
			if (shown.disasterLoss() != null) {
				parts.add("灾害损失" + shown.disasterLoss().toPlainString() + "元");
			}
			// said of every warning alike, so that it tells nobody whether a health fact is behind it
			parts.add("其余事实见预警");
			return new WarningLead(householdId, this.riskTypes, "部门筛查预警（" + department + "，编号" + this.referenceId
					+ "，" + this.observedOn + "）：" + String.join("；", parts));
		}

	}

	CheckedItem check(WarningInput item) {
		return check(item, hash(item));
	}

	/** {@link #check(WarningInput)} of an item whose content hash {@link #contents} has taken. */
	CheckedItem check(WarningInput item, byte[] contentHash) {
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
		LocalDate today = LocalDate.now(this.clock.withZone(InputCheck.ZONE));
		check.notInFuture(item.observedOn(), today, "observedOn");
		check.require(item.observedOn().getYear() >= 2000, "发现日期过早 (observedOn is before 2000)", "observedOn");
		WarningFacts facts = (item.facts() != null) ? item.facts() : new WarningFacts(null, null, null, null, null, null);
		amount(check, facts.outOfPocketMedicalCost(), "facts.outOfPocketMedicalCost");
		amount(check, facts.disasterLoss(), "facts.disasterLoss");
		check.require(facts.disabilityGrade() == null || (facts.disabilityGrade() >= 1 && facts.disabilityGrade() <= 4),
				"残疾等级应为1到4级 (disabilityGrade must be 1..4)", "facts.disabilityGrade");
		check.notInFuture(facts.subsistenceStoppedOn(), today, "facts.subsistenceStoppedOn");
		String note = (facts.note() != null && !facts.note().isBlank())
				? check.text(facts.note(), MAX_NOTE_LENGTH, "说明", "facts.note") : null;
		WarningFacts kept = new WarningFacts(facts.outOfPocketMedicalCost(), facts.disabilityGrade(),
				facts.subsistenceStoppedOn(), facts.schoolDropout(), facts.disasterLoss(), note);
		return new CheckedItem(reference, idNumber, householdNumber, List.copyOf(item.riskTypes()), item.observedOn(),
				kept, contentHash, check.errors());
	}

	private static void amount(InputCheck check, @Nullable BigDecimal amount, String field) {
		check.require(amount == null || (amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) < 0 && amount.scale() <= 2),
				"金额应为非负数，最多两位小数 (amount must be non-negative yuan)", field);
	}

	/**
	 * The row of a checked item received under {@code id}: matched to {@code householdId} with its lead, due for
	 * verification by {@code verifyBy}, or unmatched (all three null).
	 */
	DepartmentWarning row(long id, WarningBatch batch, CheckedItem item, @Nullable Long householdId,
			@Nullable Long leadId, @Nullable Instant verifyBy, Instant now) {
		return content(id, batch.id(), batch.department(), batch.countyCode(), item, householdId, leadId, verifyBy,
				now, id, 0);
	}

	/** The warning with the content of a correction, matched again as {@link #row} matches; a new version. */
	DepartmentWarning corrected(DepartmentWarning current, CheckedItem item, @Nullable Long householdId,
			@Nullable Long leadId, @Nullable Instant verifyBy, long change) {
		return content(current.id(), current.batchId(), current.department(), current.countyCode(), item, householdId,
				leadId, verifyBy, current.receivedAt(), change, current.version() + 1);
	}

	private DepartmentWarning content(long id, long batchId, Department department, String countyCode,
			CheckedItem item, @Nullable Long householdId, @Nullable Long leadId, @Nullable Instant verifyBy,
			Instant receivedAt, long change, int version) {
		IdNumber idNumber = item.idNumber();
		return new DepartmentWarning(id, batchId, department, Objects.requireNonNull(item.referenceId()), countyCode,
				householdId, (idNumber != null) ? this.cipher.encrypt(idNumber) : null,
				(idNumber != null) ? this.cipher.lookupHash(idNumber) : null, item.householdNumber(),
				RiskTypes.format(item.riskTypes()), Objects.requireNonNull(item.observedOn()),
				this.json.writeValueAsString(item.facts()),
				(householdId != null) ? WarningStatus.PENDING_VERIFICATION : WarningStatus.UNMATCHED, leadId, verifyBy,
				null, null, null, null, receivedAt, change, version, item.contentHash(), null);
	}

	/** A warning kept, as the item it was received as (for the lead it raises once linked to a household). */
	CheckedItem stored(DepartmentWarning warning) {
		return new CheckedItem(warning.referenceId(), null, warning.householdNumber(),
				RiskTypes.parse(warning.riskTypes()), warning.observedOn(),
				this.json.readValue(warning.facts(), WarningFacts.class),
				Objects.requireNonNullElse(warning.contentHash(), new byte[0]), List.of());
	}

	/**
	 * What a batch's items say: the hash of each ({@link #hash} of the item) and of the batch ({@link #hash} of the
	 * list), from one writing of each item. A JSON list is its items' JSON between brackets, separated by commas,
	 * so the batch's digest takes the same bytes as the items' own.
	 */
	record Contents(byte[] batchHash, List<byte[]> itemHashes) {
	}

	Contents contents(List<WarningInput> items) {
		MessageDigest batch = sha256();
		List<byte[]> itemHashes = new ArrayList<>(items.size());
		ByteArrayOutputStream item = new ByteArrayOutputStream(512);
		batch.update((byte) '[');
		for (int i = 0; i < items.size(); i++) {
			item.reset();
			this.json.writeValue(item, items.get(i));
			byte[] bytes = item.toByteArray();
			if (i > 0) {
				batch.update((byte) ',');
			}
			batch.update(bytes);
			itemHashes.add(sha256().digest(bytes));
		}
		batch.update((byte) ']');
		return new Contents(batch.digest(), itemHashes);
	}

	/**
	 * SHA-256 of a value as UTF-8 JSON: records serialize their components in declaration order. Written
	 * straight into the digest, without the JSON as a string.
	 */
	byte[] hash(Object value) {
		MessageDigest sha256 = sha256();
		this.json.writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), sha256), value);
		return sha256.digest();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
