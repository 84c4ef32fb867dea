package org.fangpin.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.security.duties.Act;
import org.fangpin.security.rows.GridInScope;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 外县登记: the people the province reports registered in another county (seed 004 六: the suspect data the
 * province feeds back). One database never holds a person twice (member.id_number_hash is unique), so
 * "another county's records" come from outside: the county loads them, and only this database's keyed hash
 * of each number is kept, so a member found there is a finding without anything of the other county's
 * household but its county code.
 */
@Service
public class OtherCountyRecords {

	/** ID numbers per call: a list of 5,000 stays under the request size limit; a longer one comes in parts. */
	static final int MAX_ID_NUMBERS = 5000;

	/** Bad numbers reported by one refusal: enough to fix a file, not a wall of errors. */
	private static final int MAX_REPORTED = 20;

	private static final int BATCH = 1000;

	private final QualityMapper lists;

	private final IdNumberCipher cipher;

	private final AuditLog audit;

	private final Clock clock;

	OtherCountyRecords(QualityMapper lists, IdNumberCipher cipher, AuditLog audit, Clock clock) {
		this.lists = lists;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	/** The input and payload of loadOtherCountyRecords. */
	record LoadInput(String countyCode, String otherCountyCode, List<String> idNumbers, @Nullable Boolean replace) {
	}

	record LoadPayload(@Nullable Integer loaded, @Nullable Integer listed, List<UserError> userErrors) {
	}

	@Transactional
	public LoadPayload load(Act act, LoadInput input) {
		GridCode county = GridInScope.of(act.caller(), input.countyCode());
		act.check(county);
		InputCheck check = new InputCheck();
		check.require(county.level() == GridLevel.COUNTY, "请填写本县的6位县级网格编码 (countyCode must be a county)",
				"countyCode");
		String other = input.otherCountyCode().strip();
		check.require(other.matches("\\d{6}") && !other.equals(county.value()),
				"外县代码应为6位数字，且不是本县 (otherCountyCode must be another county's 6-digit code)", "otherCountyCode");
		check.require(!input.idNumbers().isEmpty() && input.idNumbers().size() <= MAX_ID_NUMBERS,
				"每次导入1到" + MAX_ID_NUMBERS + "个身份证号 (idNumbers must list 1.." + MAX_ID_NUMBERS + ")", "idNumbers");
		// the same number twice in a list is one person
		Map<String, byte[]> hashes = new LinkedHashMap<>();
		int bad = 0;
		for (int i = 0; i < input.idNumbers().size(); i++) {
			try {
				IdNumber number = IdNumber.of(input.idNumbers().get(i));
				hashes.putIfAbsent(number.value(), this.cipher.lookupHash(number));
			}
			catch (IllegalArgumentException ex) {
				if (bad++ < MAX_REPORTED) {
					check.fail("第" + (i + 1) + "个身份证号：" + ex.getMessage(), "idNumbers");
				}
			}
		}
		if (check.hasErrors()) {
			return new LoadPayload(null, null, check.errors());
		}
		boolean replace = Boolean.TRUE.equals(input.replace());
		if (replace) {
			this.lists.deleteOtherCountyList(county.value(), other);
		}
		List<byte[]> all = new ArrayList<>(hashes.values());
		for (int from = 0; from < all.size(); from += BATCH) {
			this.lists.insertOtherCountyPeople(county.value(), other, all.subList(from, Math.min(all.size(), from + BATCH)),
					act.caller().name(), this.clock.instant());
		}
		int listed = this.lists.countOtherCountyList(county.value(), other);
		this.audit.record(act, "loadOtherCountyRecords", "Grid", Long.parseLong(county.value()),
				new Changes().field("otherCounty", null, other)
					.field("idNumbers", null, all.size())
					.field("replaced", null, replace));
		return new LoadPayload(all.size(), listed, List.of());
	}

}
