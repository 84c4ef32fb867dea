package org.fangpin.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.fangpin.household.IdNumber;
import org.fangpin.household.IdNumberCipher;
import org.fangpin.support.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county as loaded into the real database, read back with plain SQL. Other tests add households
 * (with generated, much larger ids): the demo ones are those below {@link DemoCounty#ID_CEILING}.
 */
class DemoDataTest extends ApiTest {

	@Autowired
	IdNumberCipher cipher;

	@Test
	void everyGroupHoldsTwentyToFortyHouseholds() {
		List<Map<String, Object>> groups = this.jdbc.queryForList("""
				SELECT g.code, COUNT(h.id) AS households
				FROM grid g LEFT JOIN household h ON h.group_code = g.code AND h.id < ?
				WHERE g.level = 'GROUP' GROUP BY g.code""", DemoCounty.ID_CEILING);
		assertThat(groups).hasSize(8)
			.allSatisfy((group) -> assertThat((Long) group.get("households")).isBetween(20L, 40L));
	}

	@Test
	void everyHouseholdHasExactlyOneHeadAndTheResidentsHouseholdExists() {
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM household h
				WHERE (SELECT COUNT(*) FROM member m WHERE m.household_id = h.id AND m.relation = 'HEAD') <> 1""",
				Long.class)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT group_code FROM household WHERE id = ?", String.class,
				DemoCounty.RESIDENT_HOUSEHOLD_ID))
			.isEqualTo("99990110020101");
	}

	@Test
	void idNumbersAreStoredEncryptedAndDecryptToValidFictionalNumbers() {
		List<Map<String, Object>> members = this.jdbc
			.queryForList("SELECT id_number_cipher, id_number_hash FROM member WHERE id < ?", DemoCounty.ID_CEILING);
		assertThat(members).hasSizeGreaterThan(200).allSatisfy((member) -> {
			byte[] sealed = (byte[]) member.get("id_number_cipher");
			assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("999901");
			IdNumber number = this.cipher.decrypt(sealed);
			assertThat(number.value()).startsWith(DemoCounty.COUNTY_CODE);
			assertThat((byte[]) member.get("id_number_hash")).isEqualTo(this.cipher.lookupHash(number));
		});
	}

}
